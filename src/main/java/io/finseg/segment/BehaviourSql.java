package io.finseg.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.finseg.segment.ActivityTable.Field;
import io.finseg.segment.BehaviourCondition.Filter;
import io.finseg.segment.BehaviourCondition.Measure;
import io.finseg.segment.BehaviourCondition.Period;

/**
 * A behavioural condition as SQL: a semi-join of the customer id on the activity's rows grouped
 * by customer ({@code f.customer_id IN (SELECT … GROUP BY … HAVING COUNT(*) >= :n)}). When a
 * customer with no matching row at all also qualifies ("at most 2", "at least 0"), it is the
 * complement instead: {@code NOT IN} the customers who fail. Tables and columns only from
 * {@link ActivityTable}; every value bound. Any problem is a {@link RuleException} in words.
 */
final class BehaviourSql {

	static final int MAX_FILTERS = 10;

	static final int MAX_DAYS = 36_500;

	static final long MAX_COUNT = 100_000_000L;

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1E15");

	private final BehaviourCondition condition;

	private final ActivityTable table;

	private final LocalDate asOf;

	private final Function<Object, String> bind;

	private BehaviourSql(BehaviourCondition condition, LocalDate asOf, Function<Object, String> bind) {
		if (condition.activity() == null) {
			throw new RuleException("segment.problem.behaviour.activity");
		}
		if (condition.measure() == null) {
			throw new RuleException("segment.problem.behaviour.measure");
		}
		this.condition = condition;
		this.table = ActivityTable.of(condition.activity());
		this.asOf = asOf;
		this.bind = bind;
		if (condition.measure().isTotal() && !table.hasAmount()) {
			throw new RuleException("segment.problem.behaviour.noAmount", condition.activity().name());
		}
	}

	/** The condition over the features row aliased {@code alias}. */
	static String membership(BehaviourCondition condition, String alias, LocalDate asOf, Function<Object, String> bind) {
		return new BehaviourSql(condition, asOf, bind).membership(alias);
	}

	/**
	 * One customer's matching rows: a query for their count (column 1) and total amount
	 * (column 2, 0 without an amount), with the customer bound as {@code customerParameter}.
	 */
	static String perCustomer(BehaviourCondition condition, String customerParameter, LocalDate asOf,
			Function<Object, String> bind) {
		BehaviourSql sql = new BehaviourSql(condition, asOf, bind);
		String where = sql.where();
		return "SELECT COUNT(*), COALESCE(SUM(%s), 0) FROM %s WHERE %s = :%s AND %s".formatted(
				sql.table.hasAmount() ? sql.table.amount() : "0", sql.table.rows(), sql.table.customer(),
				customerParameter, where);
	}

	private String membership(String alias) {
		Measure measure = condition.measure();
		Object threshold = threshold();
		String where = where();
		String customer = table.customer();
		if (measure == Measure.AT_LEAST && Long.valueOf(1).equals(threshold)) {
			// Any one row will do: a plain semi-join, which MariaDB can flatten.
			return "%s.customer_id IN (SELECT %s FROM %s WHERE %s)".formatted(alias, customer, table.rows(), where);
		}
		String aggregate = measure.isTotal() ? "SUM(" + table.amount() + ")" : "COUNT(*)";
		String value = bind.apply(threshold);
		if (measure == Measure.AT_MOST || signum(threshold) <= 0) {
			String fails = aggregate + (measure == Measure.AT_MOST ? " > " : " < ") + value;
			return "%s.customer_id NOT IN (SELECT %s FROM %s WHERE %s GROUP BY %s HAVING %s)".formatted(alias, customer,
					table.rows(), where, customer, fails);
		}
		return "%s.customer_id IN (SELECT %s FROM %s WHERE %s GROUP BY %s HAVING %s >= %s)".formatted(alias, customer,
				table.rows(), where, customer, aggregate, value);
	}

	private Object threshold() {
		String text = condition.threshold() == null ? "" : condition.threshold().trim();
		if (text.isEmpty()) {
			throw new RuleException("segment.problem.behaviour.threshold");
		}
		if (condition.measure().isTotal()) {
			BigDecimal amount = amount(text);
			if (amount.signum() < 0) {
				throw new RuleException("segment.problem.behaviour.negative", text);
			}
			return amount;
		}
		try {
			long count = Long.parseLong(text);
			if (count < 0 || count > MAX_COUNT) {
				throw new RuleException("segment.problem.behaviour.negative", text);
			}
			return count;
		}
		catch (NumberFormatException e) {
			throw new RuleException("segment.problem.notWholeNumber", text);
		}
	}

	private String where() {
		if (condition.filters().size() > MAX_FILTERS) {
			throw new RuleException("segment.problem.behaviour.tooManyFilters", MAX_FILTERS);
		}
		List<String> parts = new ArrayList<>();
		condition.filters().forEach(filter -> parts.add(filter(filter)));
		parts.addAll(period(condition.period()));
		return parts.isEmpty() ? "1 = 1" : String.join(" AND ", parts);
	}

	private String filter(Filter filter) {
		Field field = table.field(filter.field())
			.orElseThrow(() -> new RuleException("segment.problem.behaviour.unknownField", String.valueOf(filter.field()),
					condition.activity().name()));
		Operator operator = filter.operator();
		if (operator == null || !field.operators().contains(operator)) {
			throw new RuleException("segment.problem.operatorNotAllowed", String.valueOf(operator), field.key());
		}
		if (!operator.acceptsValueCount(filter.values().size())) {
			throw new RuleException("segment.problem.valueCount", operator, filter.values().size());
		}
		String column = field.column();
		return switch (operator) {
			case IN -> "%s IN (%s)".formatted(column, bind.apply(codes(field, filter.values())));
			case NOT_IN -> "(%s NOT IN (%s) OR %s IS NULL)".formatted(column, bind.apply(codes(field, filter.values())), column);
			case CONTAINS -> "%s LIKE CONCAT('%%', %s, '%%') ESCAPE '!'".formatted(column,
					bind.apply(escapeLike(text(filter.values().get(0)))));
			case BETWEEN -> "%s BETWEEN %s AND %s".formatted(column, bind.apply(amount(filter.values().get(0))),
					bind.apply(amount(filter.values().get(1))));
			case GE -> "%s >= %s".formatted(column, bind.apply(amount(filter.values().get(0))));
			case LE -> "%s <= %s".formatted(column, bind.apply(amount(filter.values().get(0))));
			default -> throw new RuleException("segment.problem.operatorNotAllowed", operator, field.key());
		};
	}

	private List<String> period(Period period) {
		if (period.values().size() != period.kind().arity()) {
			throw new RuleException("segment.problem.behaviour.period");
		}
		LocalDate first;
		LocalDate last;
		switch (period.kind()) {
			case EVER -> {
				return List.of();
			}
			case LAST_DAYS -> {
				int days = days(period.values().get(0));
				last = asOf;
				first = asOf.minusDays(days - 1L);
			}
			default -> {
				first = date(period.values().get(0));
				last = date(period.values().get(1));
				if (first.isAfter(last)) {
					throw new RuleException("segment.problem.behaviour.datesReversed", first, last);
				}
			}
		}
		String column = table.dateColumn();
		if (table.dateTime()) {
			// Whole days: from the first day's midnight to (not including) the midnight after the last.
			LocalDateTime from = first.atStartOfDay();
			LocalDateTime until = last.plusDays(1).atStartOfDay();
			return List.of(column + " >= " + bind.apply(from), column + " < " + bind.apply(until));
		}
		return List.of(column + " >= " + bind.apply(first), column + " <= " + bind.apply(last));
	}

	private static List<String> codes(Field field, List<String> values) {
		List<String> codes = new ArrayList<>();
		for (String value : values) {
			String code = text(value);
			if (field.kind() == ActivityTable.FieldKind.CHOICE && !field.choices().contains(code)) {
				throw new RuleException("segment.problem.notAllowedValue", value, String.join(", ", field.choices()));
			}
			codes.add(code);
		}
		return codes;
	}

	private static String text(String value) {
		String text = value == null ? "" : value.trim();
		if (text.isEmpty()) {
			throw new RuleException("segment.problem.valueMissing");
		}
		if (text.length() > AttributeType.MAX_TEXT) {
			throw new RuleException("segment.problem.textTooLong", AttributeType.MAX_TEXT);
		}
		return text;
	}

	private static BigDecimal amount(String value) {
		try {
			BigDecimal amount = new BigDecimal(text(value));
			if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
				throw new RuleException("segment.problem.notNumber", value);
			}
			return amount;
		}
		catch (NumberFormatException e) {
			throw new RuleException("segment.problem.notNumber", value);
		}
	}

	private static int days(String value) {
		try {
			int days = Integer.parseInt(text(value));
			if (days < 1 || days > MAX_DAYS) {
				throw new RuleException("segment.problem.behaviour.days", value, MAX_DAYS);
			}
			return days;
		}
		catch (NumberFormatException e) {
			throw new RuleException("segment.problem.behaviour.days", value, MAX_DAYS);
		}
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(text(value));
		}
		catch (DateTimeParseException e) {
			throw new RuleException("segment.problem.notDate", value);
		}
	}

	private static int signum(Object threshold) {
		return threshold instanceof BigDecimal amount ? amount.signum() : Long.signum((Long) threshold);
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

}
