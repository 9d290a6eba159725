package io.finseg.segment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random rule trees over the given feature rows: every operator, nesting up to four
 * levels, references to saved segments, values drawn from the data (and empty values' operators).
 */
final class RandomRules {

	/** The test's own list of attributes and what kind of value each holds. */
	static final Map<String, String> ATTRIBUTES = Map.ofEntries(Map.entry("age", "number"),
			Map.entry("age_band", "text"), Map.entry("life_stage", "text"), Map.entry("income", "number"),
			Map.entry("household_size", "number"), Map.entry("has_mortgage", "flag"), Map.entry("has_savings", "flag"),
			Map.entry("total_balance", "number"), Map.entry("tx_count_90d", "number"), Map.entry("tx_avg_90d", "number"),
			Map.entry("days_since_last_tx", "number"), Map.entry("credit_score", "number"),
			Map.entry("credit_utilization", "number"), Map.entry("response_rate", "number"),
			Map.entry("consent_status", "text"), Map.entry("contactable_email", "flag"), Map.entry("rfm_group", "text"),
			Map.entry("rfm_recency", "number"), Map.entry("customer_since", "date"), Map.entry("last_tx_date", "date"));

	private static final List<String> NAMES = ATTRIBUTES.keySet().stream().sorted().toList();

	private final Random random;

	private final List<Map<String, Object>> rows;

	private final List<Long> segments;

	RandomRules(long seed, List<Map<String, Object>> rows, List<Long> segments) {
		this.random = new Random(seed);
		this.rows = rows;
		this.segments = segments;
	}

	RuleNode tree(int depth) {
		if (depth >= 4 || (depth > 1 && random.nextInt(3) == 0)) {
			return leaf();
		}
		List<RuleNode> children = new ArrayList<>();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			children.add(tree(depth + 1));
		}
		return new RuleNode.Group(random.nextBoolean() ? RuleNode.Logic.AND : RuleNode.Logic.OR, children);
	}

	private RuleNode leaf() {
		if (!segments.isEmpty() && random.nextInt(8) == 0) {
			return new RuleNode.SegmentReference(segments.get(random.nextInt(segments.size())), random.nextBoolean());
		}
		String attribute = NAMES.get(random.nextInt(NAMES.size()));
		String kind = ATTRIBUTES.get(attribute);
		List<Operator> operators = switch (kind) {
			case "flag" -> List.of(Operator.EQ, Operator.NE);
			case "date" -> List.of(Operator.EQ, Operator.BEFORE, Operator.AFTER, Operator.BETWEEN, Operator.IS_EMPTY,
					Operator.IS_NOT_EMPTY);
			case "text" -> attribute.equals("age_band")
					? List.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN, Operator.IS_EMPTY,
							Operator.IS_NOT_EMPTY, Operator.CONTAINS, Operator.STARTS_WITH)
					: List.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN, Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
			default -> attribute.equals("days_since_last_tx")
					? List.of(Operator.LT, Operator.GE, Operator.IS_EMPTY, Operator.WITHIN_LAST_DAYS)
					: List.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE,
							Operator.BETWEEN, Operator.IN, Operator.NOT_IN, Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
		};
		Operator operator = operators.get(random.nextInt(operators.size()));
		List<String> values = switch (operator) {
			case IS_EMPTY, IS_NOT_EMPTY -> List.of();
			case BETWEEN -> List.of(sample(attribute), sample(attribute));
			case IN, NOT_IN -> {
				List<String> some = new ArrayList<>();
				for (int i = 1 + random.nextInt(3); i > 0; i--) {
					some.add(sample(attribute));
				}
				yield some;
			}
			case CONTAINS, STARTS_WITH -> {
				String whole = sample(attribute);
				yield List.of(whole.substring(0, Math.max(1, Math.min(whole.length(), 1 + random.nextInt(3)))));
			}
			default -> List.of(sample(attribute));
		};
		return new RuleNode.Condition(attribute, operator, values);
	}

	/** A value the attribute really takes, so that conditions split the customers. */
	private String sample(String attribute) {
		for (int tries = 0; tries < 50; tries++) {
			Object value = rows.get(random.nextInt(rows.size())).get(attribute);
			if (value != null) {
				return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
			}
		}
		return switch (ATTRIBUTES.get(attribute)) {
			case "number" -> "1";
			case "flag" -> "true";
			case "date" -> "2020-01-01";
			default -> "X";
		};
	}

}
