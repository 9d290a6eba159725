package io.finseg.lookalike;

import java.math.BigDecimal;
import java.util.List;

import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeType;
import io.finseg.segment.Operator;
import io.finseg.segment.RuleNode;

/**
 * One numeric column the models see, made from a catalogue attribute: the number itself, a
 * yes/no as 1/0, or one choice of a list as 1/0. An empty value is NaN, and a split turns into a
 * segment condition that, like every comparison in a rule (docs/segments.md), never matches an
 * empty value: so a customer the tree cannot place by a tested attribute is in none of its leaves.
 *
 * @param choice the list value this column stands for, or null
 */
record ModelColumn(Attribute attribute, String choice) {

	String name() {
		return choice == null ? attribute.column() : attribute.column() + "=" + choice;
	}

	/** The column's value from the attribute's database value (null when empty). */
	double encode(Object value) {
		if (value == null) {
			return Double.NaN;
		}
		return switch (attribute.type()) {
			case BOOLEAN -> Boolean.TRUE.equals(value) || "1".equals(value.toString()) || "true".equalsIgnoreCase(value.toString()) ? 1 : 0;
			case ENUM -> choice.equals(value.toString()) ? 1 : 0;
			default -> value instanceof Number number ? number.doubleValue() : Double.parseDouble(value.toString());
		};
	}

	/** The segment condition for "column ≤ threshold" ({@code above} false) or "column > threshold". */
	RuleNode.Condition condition(double threshold, boolean above) {
		String column = attribute.column();
		if (attribute.type() == AttributeType.BOOLEAN) {
			return new RuleNode.Condition(column, Operator.EQ, List.of(Boolean.toString(above)));
		}
		if (attribute.type() == AttributeType.ENUM) {
			// "not this choice" as the other choices, since ≠ would match empty values too
			List<String> others = attribute.values().stream().filter(v -> !v.equals(choice)).toList();
			return above ? new RuleNode.Condition(column, Operator.EQ, List.of(choice))
					: new RuleNode.Condition(column, Operator.IN, others);
		}
		String value = attribute.type() == AttributeType.INTEGER ? Long.toString((long) Math.floor(threshold))
				: BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
		return new RuleNode.Condition(column, above ? Operator.GT : Operator.LE, List.of(value));
	}

	/** Whether an encoded value meets the split as its condition does: an empty value never does. */
	static boolean meets(double value, double threshold, boolean above) {
		if (Double.isNaN(value)) {
			return false;
		}
		return above ? value > threshold : value <= threshold;
	}

}
