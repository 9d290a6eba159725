package io.finseg.extract;

import java.time.LocalDateTime;

/** A mapping saved by name, for next month's file. */
record SavedMapping(long id, String name, ExtractMapping mapping, String savedBy, LocalDateTime savedAt) {

	/** How many of the file's columns it maps, for the list of saved mappings. */
	public long mappedColumns() {
		return mapping.columns().stream().filter(column -> !column.ignored()).count();
	}

}
