package io.finseg.segment.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.features.FeatureService;
import io.finseg.features.FeatureTable;
import io.finseg.segment.BehaviourCondition;
import io.finseg.segment.CompiledRule;
import io.finseg.segment.MemberQueries;
import io.finseg.segment.RuleCompiler;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentRepository;

/**
 * Why a customer is (or is not) a member of a rule: each condition asked alone of that
 * customer's features row, through the same {@link RuleCompiler} as the counts.
 */
@Component
public class MemberExplanation {

	private final RuleCompiler compiler;

	private final SegmentRepository segments;

	private final FeatureService features;

	private final MemberQueries queries;

	MemberExplanation(RuleCompiler compiler, SegmentRepository segments, FeatureService features, MemberQueries queries) {
		this.compiler = compiler;
		this.segments = segments;
		this.features = features;
		this.queries = queries;
	}

	/**
	 * Why a customer is (or is not) a member: each condition of the rule, by its place in the
	 * tree, with whether the customer meets it.
	 */
	@Transactional(readOnly = true)
	public List<ConditionResult> explain(RuleNode rule, Long segmentId, long customerId) {
		FeatureTable table = features.current().table();
		compiler.compile(rule, segments::ruleOf, segmentId);
		List<ConditionResult> results = new ArrayList<>();
		leaves(rule, "", (path, leaf) -> {
			CompiledRule compiled = compiler.compile(leaf, segments::ruleOf, segmentId);
			boolean met = queries.meets(table, compiled, customerId);
			results.add(new ConditionResult(path, leaf, met,
					leaf instanceof BehaviourCondition behaviour ? observed(behaviour, customerId) : null));
		});
		return results;
	}

	/** How many of a customer's rows a behavioural condition counts, and their total amount. */
	private Observed observed(BehaviourCondition behaviour, long customerId) {
		CompiledRule query = compiler.behaviourOfCustomer(behaviour);
		return queries.ofCustomer(query, customerId, (rs, row) -> new Observed(rs.getLong(1), rs.getBigDecimal(2)));
	}

	/**
	 * One condition of a rule and whether a customer meets it; for a behavioural condition also
	 * what the customer's rows add up to (null for the others).
	 */
	public record ConditionResult(String path, RuleNode condition, boolean met, Observed observed) {

		public ConditionResult(String path, RuleNode condition, boolean met) {
			this(path, condition, met, null);
		}

	}

	/** A customer's rows that a behavioural condition counts: how many, and their total amount. */
	public record Observed(long count, BigDecimal total) {
	}

	private static void leaves(RuleNode node, String path, BiConsumer<String, RuleNode> visitor) {
		if (node instanceof RuleNode.Group group) {
			for (int i = 0; i < group.children().size(); i++) {
				leaves(group.children().get(i), path.isEmpty() ? Integer.toString(i) : path + "." + i, visitor);
			}
		}
		else {
			visitor.accept(path, node);
		}
	}

}
