package io.finseg.attributes;

import java.time.LocalDateTime;
import java.util.List;

import io.finseg.segment.Attribute;

/** A declared custom attribute, as stored in attribute_definition. */
public record AttributeDefinition(long id, String key, String label, AttributeKind kind, String unit, String group,
		List<String> listValues, boolean isProtected, String description, int version, String createdBy,
		LocalDateTime createdAt) {

	public AttributeDefinition {
		listValues = List.copyOf(listValues);
	}

	/** The attribute as segment rules see it. */
	Attribute asRuleAttribute() {
		return Attribute.custom(key, label, group, kind.segmentType(), unit, listValues, isProtected);
	}

	/** The column a rule names it by. */
	public String ruleColumn() {
		return Attribute.CUSTOM_PREFIX + key;
	}

}
