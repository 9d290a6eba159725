package io.finseg.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Why a customer is (or is not) in a segment: the rule tree as lines, each condition in words
 * with whether the customer meets it, each group with whether it holds as a whole.
 */
@Component
class SegmentWhy {

	private final SegmentService service;

	private final RuleSentence sentence;

	private final MessageSource messages;

	SegmentWhy(SegmentService service, RuleSentence sentence, MessageSource messages) {
		this.service = service;
		this.sentence = sentence;
		this.messages = messages;
	}

	Why of(Segment segment, long customerId, LongFunction<String> names, Locale locale) {
		Map<String, Boolean> met = new HashMap<>();
		service.explain(segment.rule(), segment.id(), customerId).forEach(result -> met.put(result.path(), result.met()));
		List<Line> lines = new ArrayList<>();
		boolean member = walk(segment.rule(), "", 0, met, names, locale, lines);
		return new Why(customerId, member, lines);
	}

	private boolean walk(RuleNode node, String path, int depth, Map<String, Boolean> met, LongFunction<String> names,
			Locale locale, List<Line> lines) {
		if (!(node instanceof RuleNode.Group group)) {
			boolean holds = Boolean.TRUE.equals(met.get(path));
			lines.add(new Line(depth, sentence.of(node, names, locale), holds, false));
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
		lines.add(heading, new Line(depth, messages.getMessage(key, null, locale), holds, true));
		return holds;
	}

	/** The customer, whether they are a member, and the rule as lines. */
	public record Why(long customerId, boolean member, List<Line> lines) {
	}

	/** A condition in words (or a group heading) at a depth of the tree, and whether it holds. */
	public record Line(int depth, String text, boolean met, boolean group) {
	}

}
