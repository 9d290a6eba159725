package io.finseg.datagen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.finseg.customer.CustomerTable;

/**
 * The rows of one chunk of customers, table by table, in the order they are written. A row
 * leaves out its own id, which is the table's next free id plus the row's position, given
 * only when the chunk is written; account references are likewise positions in the chunk's
 * account rows ({@link TableInsert}). Customer ids are known from the start and stored as is.
 */
final class GeneratedChunk {

	private final int firstIndex;

	private final int customers;

	private final Map<CustomerTable, List<Object[]>> rows = new EnumMap<>(CustomerTable.class);

	private long generationNanos;

	GeneratedChunk(int firstIndex, int customers) {
		this.firstIndex = firstIndex;
		this.customers = customers;
		for (CustomerTable table : CustomerTable.values()) {
			rows.put(table, new ArrayList<>(customers * 2));
		}
	}

	/** Adds a row and returns its position among the chunk's rows of that table. */
	int add(CustomerTable table, Object... values) {
		List<Object[]> tableRows = rows.get(table);
		tableRows.add(values);
		return tableRows.size() - 1;
	}

	List<Object[]> rows(CustomerTable table) {
		return rows.get(table);
	}

	int firstIndex() {
		return firstIndex;
	}

	int customers() {
		return customers;
	}

	long totalRows() {
		return rows.values().stream().mapToLong(List::size).sum();
	}

	long generationNanos() {
		return generationNanos;
	}

	void generationNanos(long nanos) {
		this.generationNanos = nanos;
	}

}
