package io.finseg.datagen;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.finseg.customer.CustomerTable;

/** What a run has written so far, chunk by chunk, and the result it adds up to. */
final class RunTally {

	private final long started = System.nanoTime();

	private final Map<CustomerTable, Long> rows = new EnumMap<>(CustomerTable.class);

	private long customers;

	private long totalRows;

	private long generationNanos;

	private long writeNanos;

	void written(GeneratedChunk chunk, long nanos) {
		for (CustomerTable table : CustomerTable.values()) {
			rows.merge(table, (long) chunk.rows(table).size(), Long::sum);
		}
		customers += chunk.customers();
		totalRows += chunk.totalRows();
		generationNanos += chunk.generationNanos();
		writeNanos += nanos;
	}

	long customers() {
		return customers;
	}

	long totalRows() {
		return totalRows;
	}

	GenerationResult result(int firstCustomerId, boolean cancelled, ChunkWriter writer) {
		Map<CustomerTable, Duration> writeTimes = new EnumMap<>(CustomerTable.class);
		writer.writeNanos().forEach((table, nanos) -> writeTimes.put(table, Duration.ofNanos(nanos)));
		return new GenerationResult(firstCustomerId, customers, rows, cancelled, writer.method(),
				Duration.ofNanos(generationNanos), Duration.ofNanos(writeNanos), writeTimes,
				Duration.ofNanos(System.nanoTime() - started));
	}

}
