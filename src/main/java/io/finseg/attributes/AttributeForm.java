package io.finseg.attributes;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the admin types to declare or change an attribute. The key is fixed once declared (rules
 * and files name it), so the edit form shows it without a field. List values are typed one per line.
 */
record AttributeForm(
		@NotBlank(message = "{attributes.key.required}")
		@Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "{attributes.key.pattern}") String key,
		@NotBlank(message = "{attributes.label.required}") @Size(max = 100, message = "{attributes.label.size}") String label,
		@NotNull(message = "{attributes.kind.required}") AttributeKind kind,
		@Size(max = 20, message = "{attributes.unit.size}") String unit,
		@Size(max = 40, message = "{attributes.group.size}") String group,
		@Size(max = 2000, message = "{attributes.listValues.size}") String listValues,
		Boolean protectedAttribute,
		@Size(max = 500, message = "{attributes.description.size}") String description,
		int version) {

	AttributeForm {
		// An unticked checkbox sends nothing at all.
		protectedAttribute = Boolean.TRUE.equals(protectedAttribute);
	}

	static AttributeForm empty() {
		return new AttributeForm("", "", AttributeKind.NUMBER, "", "", "", false, "", 0);
	}

	static AttributeForm of(AttributeDefinition definition) {
		return new AttributeForm(definition.key(), definition.label(), definition.kind(), definition.unit(),
				definition.group(), String.join("\n", definition.listValues()), definition.isProtected(),
				definition.description(), definition.version());
	}

	/** The same form for an existing attribute, whose key comes from the URL, not from the form. */
	AttributeForm withKey(String fixedKey) {
		return new AttributeForm(fixedKey, label, kind, unit, group, listValues, protectedAttribute, description, version);
	}

	/** The list values, one per non-blank line, without repeats. */
	List<String> values() {
		return listValues == null ? List.of()
				: Arrays.stream(listValues.split("\\R")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
	}

}
