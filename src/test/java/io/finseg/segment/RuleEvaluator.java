package io.finseg.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The documented meaning of a rule (docs/segments.md), applied to one customer's feature row in
 * plain Java. It shares nothing with the compiler: it is what the SQL must agree with.
 */
final class RuleEvaluator {

	private final LongFunction<RuleNode> segments;

	RuleEvaluator(LongFunction<RuleNode> segments) {
		this.segments = segments;
	}

	boolean matches(RuleNode node, Map<String, Object> row) {
		if (node instanceof RuleNode.Group group) {
			return group.logic() == RuleNode.Logic.AND ? group.children().stream().allMatch(child -> matches(child, row))
					: group.children().stream().anyMatch(child -> matches(child, row));
		}
		if (node instanceof RuleNode.SegmentReference reference) {
			return matches(segments.apply(reference.segmentId()), row) != reference.negated();
		}
		RuleNode.Condition condition = (RuleNode.Condition) node;
		Object value = row.get(condition.attribute());
		List<String> given = condition.values();
		return switch (condition.operator()) {
			case EQ -> value != null && same(value, given.get(0));
			case NE -> value == null || !same(value, given.get(0));
			case LT -> value != null && compare(value, given.get(0)) < 0;
			case LE -> value != null && compare(value, given.get(0)) <= 0;
			case GT -> value != null && compare(value, given.get(0)) > 0;
			case GE -> value != null && compare(value, given.get(0)) >= 0;
			case BETWEEN -> value != null && compare(value, given.get(0)) >= 0 && compare(value, given.get(1)) <= 0;
			case IN -> value != null && given.stream().anyMatch(g -> same(value, g));
			case NOT_IN -> value == null || given.stream().noneMatch(g -> same(value, g));
			case IS_EMPTY -> value == null;
			case IS_NOT_EMPTY -> value != null;
			case CONTAINS -> value != null && lower(value).contains(lower(given.get(0)));
			case STARTS_WITH -> value != null && lower(value).startsWith(lower(given.get(0)));
			case WITHIN_LAST_DAYS -> value != null && compare(value, given.get(0)) <= 0;
			case BEFORE -> value != null && compare(value, given.get(0)) < 0;
			case AFTER -> value != null && compare(value, given.get(0)) > 0;
		};
	}

	private static boolean same(Object value, String given) {
		if (value instanceof Boolean flag) {
			return flag == Boolean.parseBoolean(given.trim());
		}
		if (value instanceof BigDecimal number) {
			return number.compareTo(new BigDecimal(given.trim())) == 0;
		}
		if (value instanceof LocalDate date) {
			return date.equals(LocalDate.parse(given.trim()));
		}
		return lower(value).equals(lower(given.trim()));
	}

	private static int compare(Object value, String given) {
		if (value instanceof LocalDate date) {
			return date.compareTo(LocalDate.parse(given.trim()));
		}
		return ((BigDecimal) value).compareTo(new BigDecimal(given.trim()));
	}

	private static String lower(Object text) {
		return text.toString().toLowerCase(Locale.ROOT);
	}

}
