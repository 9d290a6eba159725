package io.finseg.lookalike;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.AttributeGroup;
import io.finseg.segment.AttributeType;

/**
 * The attributes a look-alike model may learn from: the catalogue's numbers, yes/no attributes
 * and lists, but not consent (who may be contacted says nothing about who would convert) and not
 * dates or free text. A column name reaches SQL only if the catalogue has it.
 */
@Component
class LookalikeFeatures {

	private static final Set<AttributeType> USABLE = Set.of(AttributeType.INTEGER, AttributeType.DECIMAL,
			AttributeType.BOOLEAN, AttributeType.ENUM);

	private final AttributeCatalogue catalogue;

	LookalikeFeatures(AttributeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The usable attributes, protected ones only when {@code withProtected}. */
	List<Attribute> attributes(boolean withProtected) {
		return catalogue.all().stream()
			.filter(a -> USABLE.contains(a.type()) && a.group() != AttributeGroup.CONSENT)
			.filter(a -> withProtected || !a.isProtected())
			.toList();
	}

	/** The model's columns for the attributes: one per number or yes/no, one per choice of a list. */
	static List<ModelColumn> columns(List<Attribute> attributes) {
		List<ModelColumn> columns = new ArrayList<>();
		for (Attribute attribute : attributes) {
			if (attribute.type() == AttributeType.ENUM) {
				attribute.values().forEach(value -> columns.add(new ModelColumn(attribute, value)));
			}
			else {
				columns.add(new ModelColumn(attribute, null));
			}
		}
		return columns;
	}

	static boolean anyProtected(List<Attribute> attributes) {
		return attributes.stream().anyMatch(Attribute::isProtected);
	}

}
