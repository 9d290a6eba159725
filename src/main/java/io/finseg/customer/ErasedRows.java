package io.finseg.customer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many rows an erasure removed, per table, in the order they were removed. Every room that
 * removes rows of the erased customer adds its own; the audit record is made from it.
 */
public final class ErasedRows {

	private final Map<String, Long> perTable = new LinkedHashMap<>();

	public void add(String table, long rows) {
		perTable.merge(table, rows, Long::sum);
	}

	public Map<String, Long> perTable() {
		return Collections.unmodifiableMap(perTable);
	}

	public long total() {
		return perTable.values().stream().mapToLong(Long::longValue).sum();
	}

	/** "customer=1, account=3, …": table names and counts only, nothing about the person. */
	public String summary() {
		return perTable.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
	}

}
