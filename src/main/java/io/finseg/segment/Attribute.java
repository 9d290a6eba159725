package io.finseg.segment;

import java.util.List;

/**
 * An attribute a rule may use: a column of the customer features, its label, group, type, unit,
 * allowed values (for enums) and whether it is protected for fair lending (DESIGN.md §4).
 */
public record Attribute(String column, AttributeGroup group, AttributeType type, String unit, List<String> values,
		boolean isProtected) {

	public String labelKey() {
		return "feature." + column;
	}

}
