package io.finseg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.finseg.attributes.AttributeDefinition;
import io.finseg.importer.ImportTable;

/** How each column of an extract is mapped, in the order of the file's columns. */
record ExtractMapping(List<ColumnMapping> columns) {

	static final String ID = "customer_id";

	static final String NAME = "name";

	ExtractMapping {
		columns = List.copyOf(columns);
	}

	Optional<ColumnMapping> customerColumn(String column) {
		return columns.stream().filter(c -> c.target().equals(ColumnMapping.CUSTOMER + column)).findFirst();
	}

	List<ColumnMapping> attributeColumns() {
		return columns.stream().filter(c -> c.target().startsWith(ColumnMapping.ATTRIBUTE)).toList();
	}

	/**
	 * Refuses a target that is neither a customer column nor a declared attribute (targets come
	 * only from these whitelists), a target named twice, and a mapping without the customer id.
	 */
	void check(Map<String, AttributeDefinition> declared) {
		Set<String> seen = new HashSet<>();
		List<String> customerColumns = ImportTable.CUSTOMER.columnNames();
		for (ColumnMapping column : columns) {
			if (column.ignored()) {
				continue;
			}
			boolean known = column.isCustomerColumn() ? customerColumns.contains(column.targetName())
					: column.target().startsWith(ColumnMapping.ATTRIBUTE) && declared.containsKey(column.targetName());
			if (!known) {
				throw new MappingProblem("extract.target.unknown", column.source());
			}
			if (!seen.add(column.target())) {
				throw new MappingProblem("extract.target.twice", column.source());
			}
		}
		if (customerColumn(ID).isEmpty()) {
			throw new MappingProblem("extract.target.noId");
		}
	}

	/** The saved mapping applied to a new file: by column name, a column it does not know ignored. */
	ExtractMapping appliedTo(List<String> header) {
		return new ExtractMapping(header.stream().map(source -> columns.stream()
			.filter(c -> ColumnMapping.normalised(c.source()).equals(ColumnMapping.normalised(source))).findFirst()
			.map(c -> new ColumnMapping(source, c.target(), c.valueMap()))
			.orElseGet(() -> new ColumnMapping(source, "", Map.of()))).toList());
	}

	/** A first guess for a new file: a column named like a customer column or an attribute key goes there. */
	static ExtractMapping guessed(List<String> header, Set<String> attributeKeys) {
		List<String> customerColumns = ImportTable.CUSTOMER.columnNames();
		Set<String> taken = new HashSet<>();
		return new ExtractMapping(header.stream().map(source -> {
			String name = ColumnMapping.normalised(source);
			String target = customerColumns.contains(name) ? ColumnMapping.CUSTOMER + name
					: attributeKeys.contains(name) ? ColumnMapping.ATTRIBUTE + name : "";
			return new ColumnMapping(source, target.isEmpty() || !taken.add(target) ? "" : target, Map.of());
		}).toList());
	}

}
