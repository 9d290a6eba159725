package io.finseg.clustering.run;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.clustering.ClusteringFeatures;
import io.finseg.clustering.Population;
import io.finseg.segment.Attribute;
import io.finseg.segment.CustomAttributeSql;

/**
 * Reads a population's features in customer-id order, one keyset batch at a time, so memory does
 * not grow with the population. Columns come from {@link ClusteringFeatures} only.
 */
@Component
public class FeatureRows {

	private final JdbcClient jdbc;

	private final ClusteringFeatures features;

	FeatureRows(JdbcClient jdbc, ClusteringFeatures features) {
		this.jdbc = jdbc;
		this.features = features;
	}

	long count(Population population) {
		return jdbc.sql("SELECT COUNT(*) FROM %s f WHERE %s".formatted(population.tableName(), population.condition()))
			.params(population.parameters())
			.query(Long.class)
			.single();
	}

	/**
	 * Hands every batch to {@code consumer} in id order; stops early when it answers false.
	 * @return whether every batch was read
	 */
	public boolean forEachBatch(Population population, List<String> columns, int batchSize, Predicate<FeatureBatch> consumer) {
		Map<String, Object> keys = new HashMap<>();
		String sql = "SELECT f.customer_id, %s FROM %s f WHERE %s AND f.customer_id > :after ORDER BY f.customer_id LIMIT :size"
			.formatted(checked(columns, keys), population.tableName(), population.condition());
		long after = Long.MIN_VALUE;
		while (true) {
			List<long[]> ids = new ArrayList<>();
			List<double[]> rows = new ArrayList<>();
			jdbc.sql(sql).params(population.parameters()).params(keys).param("after", after).param("size", batchSize).query(rs -> {
				ids.add(new long[] { rs.getLong(1) });
				rows.add(values(rs, columns.size()));
			});
			if (ids.isEmpty()) {
				return true;
			}
			long[] customerIds = ids.stream().mapToLong(id -> id[0]).toArray();
			after = customerIds[customerIds.length - 1];
			if (!consumer.test(new FeatureBatch(customerIds, rows.toArray(double[][]::new)))) {
				return false;
			}
			if (customerIds.length < batchSize) {
				return true;
			}
		}
	}

	/** The select list: features columns as they are, custom numbers by a sub-query with their key bound in {@code keys}. */
	private String checked(List<String> columns, Map<String, Object> keys) {
		List<String> selected = new ArrayList<>();
		for (String column : columns) {
			Attribute attribute = features.find(column)
				.orElseThrow(() -> new IllegalArgumentException("Not a clustering feature: " + column));
			if (attribute.isCustom()) {
				String name = "feature_key_" + keys.size();
				keys.put(name, attribute.customKey());
				selected.add(CustomAttributeSql.numberValue("f", ":" + name));
			}
			else {
				selected.add("f." + column);
			}
		}
		return String.join(", ", selected);
	}

	private static double[] values(ResultSet rs, int count) throws SQLException {
		double[] values = new double[count];
		for (int i = 0; i < count; i++) {
			BigDecimal value = rs.getBigDecimal(i + 2);
			values[i] = value == null ? Double.NaN : value.doubleValue();
		}
		return values;
	}

}
