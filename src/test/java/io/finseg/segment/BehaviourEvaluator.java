package io.finseg.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.finseg.segment.BehaviourCondition.Filter;

/**
 * What docs/segments.md says a behavioural condition means, computed in Java over the rows
 * {@link ActivityRows} read, sharing no code with the compiler; feature conditions in the same
 * tree go to {@link RuleEvaluator}.
 */
final class BehaviourEvaluator {

	private final ActivityRows rows;

	private final LocalDate asOf;

	/** Each condition's tallies, computed once for all customers. */
	private final Map<BehaviourCondition, Map<Long, Tally>> tallies = new HashMap<>();

	private final RuleEvaluator features = new RuleEvaluator(id -> {
		throw new IllegalStateException("no segment references here");
	});

	BehaviourEvaluator(ActivityRows rows, LocalDate asOf) {
		this.rows = rows;
		this.asOf = asOf;
	}

	/** Whether the customer of the features row matches the rule. */
	boolean matches(RuleNode node, Map<String, Object> featureRow) {
		if (node instanceof RuleNode.Group group) {
			return group.logic() == RuleNode.Logic.AND
					? group.children().stream().allMatch(child -> matches(child, featureRow))
					: group.children().stream().anyMatch(child -> matches(child, featureRow));
		}
		if (node instanceof BehaviourCondition behaviour) {
			long customer = ((Number) featureRow.get("customer_id")).longValue();
			return holds(behaviour, tallies.computeIfAbsent(behaviour, this::tally).getOrDefault(customer, Tally.NONE));
		}
		return features.matches(node, featureRow);
	}

	/** The matching rows' count and total per customer (customers without any are absent). */
	Map<Long, Tally> tally(BehaviourCondition condition) {
		Map<Long, Tally> tallies = new HashMap<>();
		for (ActivityRows.Row row : rows.of(condition.activity())) {
			if (inPeriod(row.day(), condition.period()) && condition.filters().stream().allMatch(f -> passes(row, f))) {
				tallies.merge(row.customerId(), new Tally(1, row.amount() == null ? BigDecimal.ZERO : row.amount()), Tally::plus);
			}
		}
		return tallies;
	}

	private static boolean holds(BehaviourCondition condition, Tally tally) {
		return switch (condition.measure()) {
			case AT_LEAST -> tally.count() >= Long.parseLong(condition.threshold().trim());
			case AT_MOST -> tally.count() <= Long.parseLong(condition.threshold().trim());
			case TOTAL_AT_LEAST -> tally.total().compareTo(new BigDecimal(condition.threshold().trim())) >= 0;
		};
	}

	private boolean inPeriod(LocalDate day, BehaviourCondition.Period period) {
		return switch (period.kind()) {
			case EVER -> true;
			case LAST_DAYS -> {
				int days = Integer.parseInt(period.values().get(0).trim());
				yield !day.isAfter(asOf) && day.isAfter(asOf.minusDays(days));
			}
			case BETWEEN -> !day.isBefore(LocalDate.parse(period.values().get(0).trim()))
					&& !day.isAfter(LocalDate.parse(period.values().get(1).trim()));
		};
	}

	private static boolean passes(ActivityRows.Row row, Filter filter) {
		List<String> given = filter.values().stream().map(String::trim).toList();
		if (filter.field().equals("amount")) {
			BigDecimal amount = row.amount();
			return switch (filter.operator()) {
				case GE -> amount.compareTo(new BigDecimal(given.get(0))) >= 0;
				case LE -> amount.compareTo(new BigDecimal(given.get(0))) <= 0;
				case BETWEEN -> amount.compareTo(new BigDecimal(given.get(0))) >= 0
						&& amount.compareTo(new BigDecimal(given.get(1))) <= 0;
				default -> throw new IllegalArgumentException(filter.toString());
			};
		}
		String value = row.fields().get(filter.field());
		return switch (filter.operator()) {
			case IN -> value != null && given.stream().anyMatch(value::equalsIgnoreCase);
			case NOT_IN -> value == null || given.stream().noneMatch(value::equalsIgnoreCase);
			case CONTAINS -> value != null && value.toLowerCase(Locale.ROOT).contains(given.get(0).toLowerCase(Locale.ROOT));
			default -> throw new IllegalArgumentException(filter.toString());
		};
	}

	record Tally(long count, BigDecimal total) {

		static final Tally NONE = new Tally(0, BigDecimal.ZERO);

		Tally plus(Tally other) {
			return new Tally(count + other.count, total.add(other.total));
		}

	}

}
