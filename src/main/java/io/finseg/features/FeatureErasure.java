package io.finseg.features;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.customer.CustomerErased;

/**
 * Removes an erased customer's row from both twin features tables: the inactive one holds the
 * previous build and would come back at the next switch.
 */
@Component
public class FeatureErasure {

	private final JdbcClient jdbc;

	private final FeatureTables tables;

	FeatureErasure(JdbcClient jdbc, FeatureTables tables) {
		this.jdbc = jdbc;
		this.tables = tables;
	}

	/** The customer's rows per features table (0 or 1 each). */
	public Map<String, Long> rowsHeld(long customerId) {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (FeatureTable table : FeatureTable.values()) {
			rows.put(table.tableName(), jdbc.sql("SELECT COUNT(*) FROM %s WHERE customer_id = :id".formatted(table.tableName()))
				.param("id", customerId).query(Long.class).single());
		}
		return rows;
	}

	@EventListener
	void on(CustomerErased event) {
		FeatureTable active = tables.currentInDatabase().table();
		for (FeatureTable table : FeatureTable.values()) {
			int rows = jdbc.sql("DELETE FROM %s WHERE customer_id = :id".formatted(table.tableName()))
				.param("id", event.customerId()).update();
			event.removed().add(table.tableName(), rows);
			if (table == active && rows > 0) {
				tables.subtractCustomers(rows);
			}
		}
	}

}
