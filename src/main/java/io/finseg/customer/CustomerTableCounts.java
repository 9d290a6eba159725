package io.finseg.customer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Row counts of the customer tables. Counting a large table is not free, so the counts are
 * taken once and kept until a {@link CustomerDataChanged} event says the data moved.
 */
@Service
public class CustomerTableCounts {

	private final JdbcClient jdbc;

	private final AtomicReference<Map<CustomerTable, Long>> cached = new AtomicReference<>();

	CustomerTableCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<CustomerTable, Long> counts() {
		Map<CustomerTable, Long> counts = cached.get();
		if (counts == null) {
			counts = countAll();
			cached.set(counts);
		}
		return counts;
	}

	@EventListener
	void on(CustomerDataChanged event) {
		refresh();
	}

	/** Forgets the counts, so the next view counts again. */
	public void refresh() {
		cached.set(null);
	}

	private Map<CustomerTable, Long> countAll() {
		Map<CustomerTable, Long> counts = new EnumMap<>(CustomerTable.class);
		for (CustomerTable table : CustomerTable.values()) {
			// The table name comes from the enum, never from input.
			String sql = "SELECT COUNT(*) FROM %s".formatted(table.tableName());
			counts.put(table, jdbc.sql(sql).query(Long.class).single());
		}
		return Collections.unmodifiableMap(counts);
	}

}
