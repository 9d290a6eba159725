package io.finseg.datagen;

import java.time.Duration;
import java.util.Map;

import io.finseg.customer.CustomerTable;

/**
 * What a generation wrote. Customer ids run from {@code firstCustomerId} for
 * {@code customers} ids without gaps.
 *
 * @param rowsPerTable rows written per table (the customer table included)
 * @param cancelled whether it stopped early on request (whole chunks only)
 * @param writeMethod how the rows were written (LOAD DATA or batched INSERT)
 * @param generationTime time spent generating rows, summed over the generating threads
 * @param writeTime time spent writing chunks, commits included
 * @param writeTimePerTable time spent sending each table's rows (commits not included)
 * @param elapsed wall-clock time of the whole run
 */
public record GenerationResult(long firstCustomerId, long customers, Map<CustomerTable, Long> rowsPerTable,
		boolean cancelled, String writeMethod, Duration generationTime, Duration writeTime,
		Map<CustomerTable, Duration> writeTimePerTable, Duration elapsed) {

	public GenerationResult {
		rowsPerTable = Map.copyOf(rowsPerTable);
		writeTimePerTable = Map.copyOf(writeTimePerTable);
	}

	public long totalRows() {
		return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
	}

	public long rows(CustomerTable table) {
		return rowsPerTable.getOrDefault(table, 0L);
	}

}
