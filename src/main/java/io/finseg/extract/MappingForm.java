package io.finseg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The mapping page's form: per column of the file (by position) its target and value map text,
 * and the name to save the mapping under.
 */
record MappingForm(List<String> target, List<String> valueMap, String name) {

	MappingForm {
		target = target == null ? List.of() : target;
		valueMap = valueMap == null ? List.of() : valueMap;
	}

	static MappingForm of(ExtractMapping mapping, String name) {
		return new MappingForm(mapping.columns().stream().map(ColumnMapping::target).toList(),
				mapping.columns().stream().map(ColumnMapping::valueMapText).toList(), name);
	}

	/** @throws MappingProblem when a value map cannot be read */
	ExtractMapping toMapping(List<String> header) {
		List<ColumnMapping> columns = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String chosen = i < target.size() ? target.get(i) : "";
			String values = i < valueMap.size() ? valueMap.get(i) : "";
			columns.add(new ColumnMapping(header.get(i), chosen, ColumnMapping.parseValueMap(header.get(i), values)));
		}
		return new ExtractMapping(columns);
	}

}
