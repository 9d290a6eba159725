package io.finseg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.finseg.attributes.AttributeDefinition;
import io.finseg.attributes.AttributeValueLoader;
import io.finseg.importer.ImportProblem;
import io.finseg.importer.ImportProblems;

/**
 * Reads the rows of an extract through its mapping: each mapped value through its value map,
 * then as its customer column or attribute. A code missing from a value map and a value that is
 * not one of its attribute's are problems at the file's line and column.
 */
final class MappedRows {

	private final ExtractMapping mapping;

	private final Map<String, AttributeDefinition> declared;

	private final AttributeValueLoader attributes;

	private final String fileName;

	/** @param mapping the mapping of exactly this file's columns, in the file's order */
	MappedRows(ExtractMapping mapping, Map<String, AttributeDefinition> declared, AttributeValueLoader attributes,
			String fileName) {
		this.mapping = mapping;
		this.declared = declared;
		this.attributes = attributes;
		this.fileName = fileName;
	}

	/** One attribute value of a row, as the value map made it. */
	record AttributeValue(AttributeDefinition attribute, String text) {
	}

	/** A row as it will be stored: the customer columns' texts by column, and the attribute values. */
	record Row(Map<String, String> customer, List<AttributeValue> attributes) {

		/** The name FinSeg stores: customer.name is NOT NULL, so an unknown name is "Customer" and the id. */
		String name() {
			String name = customer.getOrDefault(ExtractMapping.NAME, "");
			return name.isEmpty() ? "Customer " + customer.getOrDefault(ExtractMapping.ID, "") : name;
		}

	}

	Row read(long line, List<String> values, ImportProblems problems) {
		Map<String, String> customer = new LinkedHashMap<>();
		List<AttributeValue> attributeValues = new ArrayList<>();
		for (int i = 0; i < mapping.columns().size() && i < values.size(); i++) {
			ColumnMapping column = mapping.columns().get(i);
			if (column.ignored()) {
				continue;
			}
			Optional<String> mapped = column.mapped(values.get(i));
			if (mapped.isEmpty()) {
				problems.add(ImportProblem.at(fileName, line, column.source(), "extract.value.notInMap", values.get(i).strip(),
						String.join(", ", column.valueMap().keySet())));
				continue;
			}
			if (column.isCustomerColumn()) {
				customer.put(column.targetName(), mapped.get());
			}
			else {
				AttributeDefinition attribute = declared.get(column.targetName());
				Optional<ImportProblem> problem = attributes.check(attribute, mapped.get(), fileName, line, column.source());
				problem.ifPresent(problems::add);
				if (problem.isEmpty()) {
					attributeValues.add(new AttributeValue(attribute, mapped.get()));
				}
			}
		}
		return new Row(customer, attributeValues);
	}

	/** The file's column mapped to a customer column, for saying a problem as the admin's file says it. */
	String sourceOf(String customerColumn) {
		return mapping.customerColumn(customerColumn).map(ColumnMapping::source).orElse(customerColumn);
	}

}
