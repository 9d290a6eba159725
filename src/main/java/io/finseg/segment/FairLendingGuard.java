package io.finseg.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The fair-lending guard (docs/compliance.md): finds every place a rule selects customers by a
 * protected attribute (DESIGN.md §4): a condition on one, the same inside a referenced segment
 * at any depth, or a cluster of a run trained on one. Each finding names the condition and the
 * segments it came in through, so a compliance officer can see why a credit offer is flagged.
 */
@Component
public class FairLendingGuard {

	private final AttributeCatalogue catalogue;

	private final SegmentRepository segments;

	private final RuleSentence sentences;

	private final ObjectProvider<ClusterMembership> clusters;

	private final ObjectProvider<ModelScores> scores;

	FairLendingGuard(AttributeCatalogue catalogue, SegmentRepository segments, RuleSentence sentences,
			ObjectProvider<ClusterMembership> clusters, ObjectProvider<ModelScores> scores) {
		this.catalogue = catalogue;
		this.segments = segments;
		this.sentences = sentences;
		this.clusters = clusters;
		this.scores = scores;
	}

	/** A condition on a protected attribute, and the segment names it came in through (outermost first). */
	public record Finding(String condition, List<String> via) {

		public boolean isDirect() {
			return via.isEmpty();
		}

	}

	/** Every finding in the rule; empty when it selects by no protected attribute. */
	public List<Finding> findings(RuleNode rule, Long selfId, Locale locale) {
		List<Finding> found = new ArrayList<>();
		Deque<Long> visiting = new ArrayDeque<>();
		if (selfId != null) {
			visiting.push(selfId);
		}
		walk(rule, new ArrayList<>(), visiting, found, locale);
		return found;
	}

	/** True when a credit offer built on this rule needs an approval (four eyes). */
	public boolean flags(Purpose purpose, RuleNode rule, Long selfId) {
		return purpose == Purpose.CREDIT_OFFER && !findings(rule, selfId, Locale.ROOT).isEmpty();
	}

	private void walk(RuleNode node, List<String> via, Deque<Long> visiting, List<Finding> found, Locale locale) {
		if (node instanceof RuleNode.Group group) {
			group.children().forEach(child -> walk(child, via, visiting, found, locale));
		}
		else if (node instanceof RuleNode.Condition condition) {
			if (catalogue.ruleAttribute(condition.attribute()).map(Attribute::isProtected).orElse(false)) {
				found.add(new Finding(sentences.of(condition, segments::nameOf, locale), List.copyOf(via)));
			}
		}
		else if (node instanceof RuleNode.ClusterCondition cluster) {
			ClusterMembership membership = clusters.getIfAvailable();
			if (membership != null && membership.trainedOnProtectedAttributes(cluster.runId())) {
				found.add(new Finding(sentences.of(cluster, segments::nameOf, locale), List.copyOf(via)));
			}
		}
		else if (node instanceof RuleNode.ScoreCondition score) {
			ModelScores models = scores.getIfAvailable();
			if (models != null && models.usesProtectedAttributes(score.modelId())) {
				found.add(new Finding(sentences.of(score, segments::nameOf, locale), List.copyOf(via)));
			}
		}
		else if (node instanceof RuleNode.SegmentReference reference && !visiting.contains(reference.segmentId())) {
			// A referenced segment's conditions select this rule's customers too, "not in" as much as "in".
			segments.ruleOf(reference.segmentId()).ifPresent(referenced -> {
				List<String> deeper = new ArrayList<>(via);
				deeper.add(segments.nameOf(reference.segmentId()));
				visiting.push(reference.segmentId());
				walk(referenced, deeper, visiting, found, locale);
				visiting.pop();
			});
		}
	}

}
