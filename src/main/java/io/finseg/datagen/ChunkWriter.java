package io.finseg.datagen;

import java.util.EnumMap;
import java.util.Map;

import io.finseg.customer.CustomerTable;

/** Writes whole chunks, each in one transaction: a chunk is either all there or not at all. */
interface ChunkWriter extends AutoCloseable {

	/** How it writes, for logs and benchmarks. */
	String method();

	/** Writes the chunk with ids from the bases, or throws and leaves nothing of it. */
	void write(GeneratedChunk chunk, IdBases bases);

	/** Nanoseconds spent sending each table's rows so far. */
	Map<CustomerTable, Long> writeNanos();

	@Override
	default void close() {
	}

	static Map<CustomerTable, Long> zeroPerTable() {
		Map<CustomerTable, Long> nanos = new EnumMap<>(CustomerTable.class);
		for (CustomerTable table : CustomerTable.values()) {
			nanos.put(table, 0L);
		}
		return nanos;
	}

}
