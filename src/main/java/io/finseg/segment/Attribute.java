package io.finseg.segment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An attribute a rule may use: a column of the customer features, its label, group, type, unit,
 * allowed values (for enums) and whether it is protected for fair lending (DESIGN.md §4). A
 * custom attribute an admin declared ({@link CustomAttributes}) has its label and group name as
 * typed, not as message keys, and a column name starting with {@value #CUSTOM_PREFIX}.
 */
public record Attribute(String column, AttributeGroup group, AttributeType type, String unit, List<String> values,
		boolean isProtected, String label, String groupLabel) {

	public static final String CUSTOM_PREFIX = "custom.";

	/** A built-in attribute: a column of the features table, labelled from messages.properties. */
	public Attribute(String column, AttributeGroup group, AttributeType type, String unit, List<String> values,
			boolean isProtected) {
		this(column, group, type, unit, values, isProtected, null, null);
	}

	/** A declared attribute, kept in customer_attribute under its key. */
	public static Attribute custom(String key, String label, String groupLabel, AttributeType type, String unit,
			List<String> values, boolean isProtected) {
		return new Attribute(CUSTOM_PREFIX + key, AttributeGroup.CUSTOM, type, unit, List.copyOf(values), isProtected, label,
				groupLabel);
	}

	public boolean isCustom() {
		return column.startsWith(CUSTOM_PREFIX);
	}

	/** The key a custom attribute's values are stored under (its column without the prefix). */
	public String customKey() {
		return column.substring(CUSTOM_PREFIX.length());
	}

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
		return !isCustom() && "GBP".equals(unit);
	}

	/** The type's operators, and "within the last N days" for attributes counted in days. */
	public Set<Operator> operators() {
		if (isCustom()) {
			return CustomAttributeSql.operators(type);
		}
		if (!"days".equals(unit)) {
			return type.operators();
		}
		Set<Operator> operators = EnumSet.copyOf(type.operators());
		operators.add(Operator.WITHIN_LAST_DAYS);
		return operators;
	}

}
