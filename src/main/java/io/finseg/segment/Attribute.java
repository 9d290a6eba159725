package io.finseg.segment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An attribute a rule may use: a column of the customer features, its label, group, type, unit,
 * allowed values (for enums) and whether it is protected for fair lending (DESIGN.md §4).
 */
public record Attribute(String column, AttributeGroup group, AttributeType type, String unit, List<String> values,
		boolean isProtected) {

	public String labelKey() {
		return "feature." + column;
	}

	/** The message key of one of an enum attribute's values. */
	public String valueLabelKey(String value) {
		String prefix = switch (column) {
			case "life_stage" -> "LifeStage.";
			case "consent_status" -> "ConsentStatus.";
			default -> "RfmGroup.";
		};
		return prefix + value;
	}

	public boolean isMoney() {
		return "GBP".equals(unit);
	}

	/** The type's operators, and "within the last N days" for attributes counted in days. */
	public Set<Operator> operators() {
		if (!"days".equals(unit)) {
			return type.operators();
		}
		Set<Operator> operators = EnumSet.copyOf(type.operators());
		operators.add(Operator.WITHIN_LAST_DAYS);
		return operators;
	}

}
