package io.finseg.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RFM scores 1–5 from quintile cut points over all customers of a build, then the RFM group.
 * The cut points are values, not ranks, so equal values always get equal scores: recency is
 * the days since the last transaction (none counts as longest ago), frequency and monetary the
 * count and sum of spending over 365 days.
 */
@Component
class RfmScoring {

	/** Stands for "no transaction ever" when ranking recency. */
	static final int NEVER = 999_999;

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	RfmScoring(JdbcClient jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(1000);
	}

	record CutPoints(List<BigDecimal> recency, List<BigDecimal> frequency, List<BigDecimal> monetary) {
	}

	CutPoints cutPoints(FeatureTable table, long customers) {
		return new CutPoints(quintiles(table, "COALESCE(days_since_last_tx, " + NEVER + ")", customers),
				quintiles(table, "tx_count_365d", customers), quintiles(table, "tx_sum_365d", customers));
	}

	void score(FeatureTable table, CutPoints cuts, long low, long high) {
		List<BigDecimal> r = cuts.recency();
		List<BigDecimal> f = cuts.frequency();
		List<BigDecimal> m = cuts.monetary();
		String recency = ("CASE WHEN COALESCE(days_since_last_tx, %1$d) <= :r1 THEN 5 WHEN COALESCE(days_since_last_tx, %1$d) <= :r2 THEN 4"
				+ " WHEN COALESCE(days_since_last_tx, %1$d) <= :r3 THEN 3 WHEN COALESCE(days_since_last_tx, %1$d) <= :r4 THEN 2 ELSE 1 END")
			.formatted(NEVER);
		String frequency = "CASE WHEN tx_count_365d > :f4 THEN 5 WHEN tx_count_365d > :f3 THEN 4"
				+ " WHEN tx_count_365d > :f2 THEN 3 WHEN tx_count_365d > :f1 THEN 2 ELSE 1 END";
		String monetary = "CASE WHEN tx_sum_365d > :m4 THEN 5 WHEN tx_sum_365d > :m3 THEN 4"
				+ " WHEN tx_sum_365d > :m2 THEN 3 WHEN tx_sum_365d > :m1 THEN 2 ELSE 1 END";
		// One statement writes every row once: the group repeats the score expressions, since
		// MySQL would see the new scores within the UPDATE and H2 the old ones.
		String group = """
				CASE WHEN (%1$s) >= 4 AND (%2$s) >= 4 AND (%3$s) >= 4 THEN 'CHAMPIONS'
				  WHEN (%1$s) >= 3 AND (%2$s) >= 4 THEN 'LOYAL'
				  WHEN (%1$s) >= 4 AND (%2$s) <= 2 THEN 'NEW'
				  WHEN (%1$s) >= 3 THEN 'POTENTIAL'
				  WHEN (%2$s) >= 3 THEN 'AT_RISK'
				  WHEN (%1$s) = 2 THEN 'HIBERNATING'
				  ELSE 'LOST' END""".formatted(recency, frequency, monetary);
		jdbc.sql("UPDATE %s SET rfm_recency = %s, rfm_frequency = %s, rfm_monetary = %s, rfm_group = %s WHERE customer_id BETWEEN :low AND :high"
			.formatted(table.tableName(), recency, frequency, monetary, group))
			.param("r1", r.get(0)).param("r2", r.get(1)).param("r3", r.get(2)).param("r4", r.get(3))
			.param("f1", f.get(0)).param("f2", f.get(1)).param("f3", f.get(2)).param("f4", f.get(3))
			.param("m1", m.get(0)).param("m2", m.get(1)).param("m3", m.get(2)).param("m4", m.get(3))
			.param("low", low)
			.param("high", high)
			.update();
	}

	/** The values at 20, 40, 60 and 80 % of the ascending order of {@code expression}. */
	private List<BigDecimal> quintiles(FeatureTable table, String expression, long customers) {
		List<BigDecimal> cuts = new ArrayList<>();
		long[] position = { 0 };
		streaming.query("SELECT %s FROM %s ORDER BY 1".formatted(expression, table.tableName()), (RowCallbackHandler) rs -> {
			long index = position[0]++;
			for (int k = cuts.size() + 1; k <= 4 && index == customers * k / 5; k = cuts.size() + 1) {
				cuts.add(rs.getBigDecimal(1));
			}
		});
		while (cuts.size() < 4) {
			cuts.add(BigDecimal.ZERO);
		}
		return cuts;
	}

}
