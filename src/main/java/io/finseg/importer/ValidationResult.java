package io.finseg.importer;

import java.util.Map;

/** What checking an upload found: its problems (none means it can be written) and its rows. */
record ValidationResult(ImportProblems problems, Map<ImportTable, Long> rows) {

	boolean valid() {
		return problems.isEmpty();
	}

	long totalRows() {
		return rows.values().stream().mapToLong(Long::longValue).sum();
	}

}
