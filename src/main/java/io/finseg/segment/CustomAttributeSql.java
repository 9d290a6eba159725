package io.finseg.segment;

import static io.finseg.segment.Operator.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A condition on a custom attribute as a semi-join on {@code customer_attribute}: the key and
 * every value are bound, the value column comes from the attribute's type. A customer without a
 * value is unknown (docs/segments.md): comparisons never match them, {@code ≠}, {@code not in}
 * and "is empty" do.
 */
public final class CustomAttributeSql {

	private static final Map<AttributeType, Set<Operator>> OPERATORS = Map.of(
			AttributeType.DECIMAL, EnumSet.of(EQ, NE, LT, LE, GT, GE, BETWEEN, IS_EMPTY, IS_NOT_EMPTY),
			AttributeType.TEXT, EnumSet.of(EQ, CONTAINS, IN, IS_EMPTY, IS_NOT_EMPTY),
			AttributeType.ENUM, EnumSet.of(IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY),
			AttributeType.DATE, EnumSet.of(BEFORE, AFTER, WITHIN_LAST_DAYS, IS_EMPTY, IS_NOT_EMPTY),
			AttributeType.BOOLEAN, EnumSet.of(EQ, IS_EMPTY, IS_NOT_EMPTY));

	private CustomAttributeSql() {
	}

	static Set<Operator> operators(AttributeType type) {
		return OPERATORS.getOrDefault(type, EnumSet.noneOf(Operator.class));
	}

	/** The column of {@code customer_attribute} a value of this type is kept in. */
	static String valueColumn(AttributeType type) {
		return switch (type) {
			case DATE -> "date_value";
			case TEXT, ENUM -> "text_value";
			case INTEGER, DECIMAL, BOOLEAN -> "number_value";
		};
	}

	/**
	 * @param texts the condition's values as typed (already counted for the operator)
	 * @param bind binds a value and returns its placeholder
	 */
	static String condition(Attribute attribute, Operator operator, List<String> texts, String alias,
			Function<Object, String> bind, LocalDate asOf) {
		String column = "ca." + valueColumn(attribute.type());
		String key = bind.apply(attribute.customKey());
		if (operator == WITHIN_LAST_DAYS) {
			long days = days(texts.get(0));
			return exists(alias, key, "%s >= %s AND %s <= %s".formatted(column, bind.apply(asOf.minusDays(days)), column,
					bind.apply(asOf)));
		}
		List<Object> values = texts.stream().map(text -> stored(attribute, text)).toList();
		return switch (operator) {
			case EQ -> exists(alias, key, "%s = %s".formatted(column, bind.apply(values.get(0))));
			case NE -> "NOT " + exists(alias, key, "%s = %s".formatted(column, bind.apply(values.get(0))));
			case LT, BEFORE -> exists(alias, key, "%s < %s".formatted(column, bind.apply(values.get(0))));
			case LE -> exists(alias, key, "%s <= %s".formatted(column, bind.apply(values.get(0))));
			case GT, AFTER -> exists(alias, key, "%s > %s".formatted(column, bind.apply(values.get(0))));
			case GE -> exists(alias, key, "%s >= %s".formatted(column, bind.apply(values.get(0))));
			case BETWEEN -> exists(alias, key,
					"%s BETWEEN %s AND %s".formatted(column, bind.apply(values.get(0)), bind.apply(values.get(1))));
			case IN -> exists(alias, key, "%s IN (%s)".formatted(column, bind.apply(values)));
			case NOT_IN -> "NOT " + exists(alias, key, "%s IN (%s)".formatted(column, bind.apply(values)));
			case IS_EMPTY -> "NOT " + exists(alias, key, column + " IS NOT NULL");
			case IS_NOT_EMPTY -> exists(alias, key, column + " IS NOT NULL");
			case CONTAINS -> exists(alias, key, "%s LIKE CONCAT('%%', %s, '%%') ESCAPE '!'".formatted(column,
					bind.apply(RuleCompiler.escapeLike(values.get(0)))));
			case STARTS_WITH, WITHIN_LAST_DAYS -> throw new RuleException("segment.problem.operatorNotAllowed", operator,
					attribute.column());
		};
	}

	/**
	 * A custom number's value for the row aliased {@code alias}, or NULL when unknown, as a scalar
	 * sub-query (clustering reads it like a features column).
	 *
	 * @param keyPlaceholder the placeholder the attribute's key is bound to
	 */
	public static String numberValue(String alias, String keyPlaceholder) {
		return "(SELECT ca.number_value FROM customer_attribute ca WHERE ca.customer_id = %s.customer_id AND ca.attribute_key = %s)"
			.formatted(alias, keyPlaceholder);
	}

	private static String exists(String alias, String key, String valueCondition) {
		return "EXISTS (SELECT 1 FROM customer_attribute ca WHERE ca.customer_id = %s.customer_id AND ca.attribute_key = %s AND %s)"
			.formatted(alias, key, valueCondition);
	}

	/** A typed value as it is stored: yes/no as 1 or 0 in the number column. */
	private static Object stored(Attribute attribute, String text) {
		Object value = attribute.type().read(text, attribute);
		if (value instanceof Boolean yes) {
			return yes ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		return value;
	}

	private static long days(String text) {
		try {
			long days = Long.parseLong(text.trim());
			if (days >= 0 && days <= 36_600) {
				return days;
			}
		}
		catch (NumberFormatException e) {
			// refused below
		}
		throw new RuleException("segment.problem.notWholeNumber", text);
	}

}
