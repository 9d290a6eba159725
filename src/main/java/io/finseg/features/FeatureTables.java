package io.finseg.features;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and switches the pointer to the active features table. */
@Component
public class FeatureTables {

	private final JdbcClient jdbc;

	FeatureTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What readers should read now; one primary-key look-up, cheap enough for every query. */
	public FeatureSnapshot current() {
		return jdbc.sql("SELECT active_table, as_of, built_at, customers FROM customer_features_pointer WHERE id = 1")
			.query((rs, row) -> new FeatureSnapshot(FeatureTable.named(rs.getString("active_table")),
					rs.getObject("as_of", LocalDate.class), rs.getObject("built_at", LocalDateTime.class),
					rs.getLong("customers")))
			.single();
	}

	/** Makes {@code table} the one readers see, in one short transaction. */
	@Transactional
	void switchTo(FeatureTable table, LocalDate asOf, LocalDateTime builtAt, long customers) {
		jdbc.sql("""
				UPDATE customer_features_pointer
				SET active_table = :table, as_of = :asOf, built_at = :builtAt, customers = :customers
				WHERE id = 1""")
			.param("table", table.tableName())
			.param("asOf", asOf)
			.param("builtAt", builtAt)
			.param("customers", customers)
			.update();
	}

}
