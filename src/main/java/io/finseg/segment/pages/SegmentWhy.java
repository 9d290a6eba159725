package io.finseg.segment.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.finseg.segment.BehaviourCondition;
import io.finseg.segment.RuleNode;
import io.finseg.segment.RuleSentence;
import io.finseg.segment.Segment;

/**
 * Why a customer is (or is not) in a segment: the rule tree as lines, each condition in words
 * with whether the customer meets it, each group with whether it holds as a whole.
 */
@Component
public class SegmentWhy {

	private final MemberExplanation explanation;

	private final RuleSentence sentence;

	private final MessageSource messages;

	SegmentWhy(MemberExplanation explanation, RuleSentence sentence, MessageSource messages) {
		this.explanation = explanation;
		this.sentence = sentence;
		this.messages = messages;
	}

	public Why of(Segment segment, long customerId, LongFunction<String> names, Locale locale) {
		Map<String, MemberExplanation.ConditionResult> met = new HashMap<>();
		explanation.explain(segment.rule(), segment.id(), customerId).forEach(result -> met.put(result.path(), result));
		List<Line> lines = new ArrayList<>();
		boolean member = walk(segment.rule(), "", 0, met, names, locale, lines);
		return new Why(customerId, member, lines);
	}

	private boolean walk(RuleNode node, String path, int depth, Map<String, MemberExplanation.ConditionResult> met,
			LongFunction<String> names, Locale locale, List<Line> lines) {
		if (!(node instanceof RuleNode.Group group)) {
			MemberExplanation.ConditionResult result = met.get(path);
			boolean holds = result != null && result.met();
			lines.add(new Line(depth, sentence.of(node, names, locale), holds, false, observed(node, result, locale)));
			return holds;
		}
		int heading = lines.size();
		boolean and = group.logic() == RuleNode.Logic.AND;
		boolean holds = and;
		for (int i = 0; i < group.children().size(); i++) {
			String child = path.isEmpty() ? Integer.toString(i) : path + "." + i;
			boolean childHolds = walk(group.children().get(i), child, depth + 1, met, names, locale, lines);
			holds = and ? holds && childHolds : holds || childHolds;
		}
		String key = and ? "segment.why.all" : "segment.why.any";
		lines.add(heading, new Line(depth, messages.getMessage(key, null, locale), holds, true, null));
		return holds;
	}

	/** The customer, whether they are a member, and the rule as lines. */
	public record Why(long customerId, boolean member, List<Line> lines) {
	}

	/** For a behavioural condition, what the customer's rows come to: "this customer: 4" or "£1,250.00". */
	private String observed(RuleNode node, MemberExplanation.ConditionResult result, Locale locale) {
		if (!(node instanceof BehaviourCondition behaviour) || result == null || result.observed() == null) {
			return null;
		}
		MemberExplanation.Observed observed = result.observed();
		return behaviour.measure() == BehaviourCondition.Measure.TOTAL_AT_LEAST
				? messages.getMessage("segment.why.behaviourTotal", new Object[] { observed.total(), observed.count() }, locale)
				: messages.getMessage("segment.why.behaviourCount", new Object[] { observed.count() }, locale);
	}

	/**
	 * A condition in words (or a group heading) at a depth of the tree, whether it holds, and for
	 * a behavioural condition what the customer's rows come to (else null).
	 */
	public record Line(int depth, String text, boolean met, boolean group, String observed) {
	}

}
