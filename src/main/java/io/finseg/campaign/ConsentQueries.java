package io.finseg.campaign;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statements of {@link ConsentOverview}: consent counted over a features table, and customers without a current record. */
@Repository
class ConsentQueries {

	private final JdbcClient jdbc;

	ConsentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the customers of each consent status in the features table to {@code statuses}. */
	void countStatuses(String featuresTable, Map<String, Long> statuses) {
		jdbc.sql("SELECT consent_status, COUNT(*) FROM %s GROUP BY consent_status".formatted(featuresTable))
			.query(rs -> {
				statuses.put(rs.getString(1), rs.getLong(2));
			});
	}

	/** Customers contactable by email, SMS, phone and post. */
	long[] countContactable(String featuresTable) {
		return jdbc.sql("""
				SELECT SUM(CASE WHEN contactable_email = TRUE THEN 1 ELSE 0 END), SUM(CASE WHEN contactable_sms = TRUE THEN 1 ELSE 0 END),
				  SUM(CASE WHEN contactable_phone = TRUE THEN 1 ELSE 0 END), SUM(CASE WHEN contactable_post = TRUE THEN 1 ELSE 0 END)
				FROM %s""".formatted(featuresTable))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
	}

	long countStale(LocalDateTime cutoff) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM customer c LEFT JOIN compliance cp ON cp.customer_id = c.customer_id
				WHERE (cp.customer_id IS NULL OR cp.updated_at < :cutoff)""")
			.param("cutoff", cutoff)
			.query(Long.class)
			.single();
	}

	List<ConsentOverview.StaleRow> stale(LocalDateTime cutoff, long afterId, int size) {
		return jdbc.sql("""
				SELECT c.customer_id, cp.updated_at FROM customer c LEFT JOIN compliance cp ON cp.customer_id = c.customer_id
				WHERE (cp.customer_id IS NULL OR cp.updated_at < :cutoff) AND c.customer_id > :after
				ORDER BY c.customer_id LIMIT :size""")
			.param("cutoff", cutoff)
			.param("after", afterId)
			.param("size", size)
			.query((rs, n) -> new ConsentOverview.StaleRow(rs.getLong(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toLocalDateTime().toLocalDate()))
			.list();
	}

}
