package io.finseg.features;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RFM scores 1–5 from quintile cut points over all customers of a build, then the RFM group.
 * The measures are read first ({@link RfmMeasures}), so that the fill writes the scores with
 * every other feature: each row is written once.
 * The cut points are values, not ranks, so equal values always get equal scores: recency is
 * the days since the last transaction (none counts as longest ago), frequency and monetary the
 * count and sum of spending over 365 days.
 */
@Component
class RfmScoring {

	/** Stands for "no transaction ever" when ranking recency. */
	static final int NEVER = 999_999;

	private final JdbcClient jdbc;

	RfmScoring(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record CutPoints(List<BigDecimal> recency, List<BigDecimal> frequency, List<BigDecimal> monetary) {

		/** The cut points as the parameters {@code :r1}…{@code :r4}, {@code :f1}…, {@code :m1}… of {@link #columns}. */
		Map<String, Object> parameters() {
			Map<String, Object> parameters = new HashMap<>();
			for (int i = 0; i < 4; i++) {
				parameters.put("r" + (i + 1), recency.get(i));
				parameters.put("f" + (i + 1), frequency.get(i));
				parameters.put("m" + (i + 1), monetary.get(i));
			}
			return parameters;
		}

	}

	/**
	 * Reads the three measures of the customers {@code low} to {@code high} into {@code measures},
	 * with the same expressions as the fill, before the fill, so the fill can write the scores.
	 */
	void measure(Map<String, Object> window, long low, long high, RfmMeasures measures) {
		jdbc.sql(FeatureSql.rfmMeasures())
			.params(window)
			.param("low", low)
			.param("high", high)
			.query((RowCallbackHandler) rs -> measures.add(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)));
	}

	/**
	 * The values of rfm_recency, rfm_frequency, rfm_monetary and rfm_group, comma-separated, as SQL
	 * over the expressions of the three measures (days since the last transaction, or
	 * {@link #NEVER}; count and sum of spending over 365 days) and the cut points as parameters.
	 */
	static String columns(String recencyDays, String count, String sum) {
		String recency = "CASE WHEN %1$s <= :r1 THEN 5 WHEN %1$s <= :r2 THEN 4 WHEN %1$s <= :r3 THEN 3 WHEN %1$s <= :r4 THEN 2 ELSE 1 END"
			.formatted(recencyDays);
		String frequency = "CASE WHEN %1$s > :f4 THEN 5 WHEN %1$s > :f3 THEN 4 WHEN %1$s > :f2 THEN 3 WHEN %1$s > :f1 THEN 2 ELSE 1 END"
			.formatted(count);
		String monetary = "CASE WHEN %1$s > :m4 THEN 5 WHEN %1$s > :m3 THEN 4 WHEN %1$s > :m2 THEN 3 WHEN %1$s > :m1 THEN 2 ELSE 1 END"
			.formatted(sum);
		String group = """
				CASE WHEN (%1$s) >= 4 AND (%2$s) >= 4 AND (%3$s) >= 4 THEN 'CHAMPIONS'
				  WHEN (%1$s) >= 3 AND (%2$s) >= 4 THEN 'LOYAL'
				  WHEN (%1$s) >= 4 AND (%2$s) <= 2 THEN 'NEW'
				  WHEN (%1$s) >= 3 THEN 'POTENTIAL'
				  WHEN (%2$s) >= 3 THEN 'AT_RISK'
				  WHEN (%1$s) = 2 THEN 'HIBERNATING'
				  ELSE 'LOST' END""".formatted(recency, frequency, monetary);
		return String.join(",\n  ", recency, frequency, monetary, group);
	}

}
