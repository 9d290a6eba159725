package io.finseg.lookalike;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.features.FeatureService;
import io.finseg.segment.Attribute;

/**
 * Reads the model columns of customers from the active features table: chosen customers a
 * thousand ids at a time, or everyone in keyset batches. Column names come from the attribute
 * catalogue only ({@link LookalikeFeatures}).
 */
@Component
class ModelFeatureReader {

	private static final int CHUNK = 1000;

	private static final int BATCH = 5000;

	private final JdbcClient jdbc;

	private final FeatureService features;

	ModelFeatureReader(JdbcClient jdbc, FeatureService features) {
		this.jdbc = jdbc;
		this.features = features;
	}

	/** The customers' columns and labels; a customer with no features row is left out. */
	Labelled read(int[] ids, IntPredicate reached, List<ModelColumn> columns) {
		List<int[]> readIds = new ArrayList<>();
		List<double[]> rows = new ArrayList<>();
		String sql = "SELECT f.customer_id, %s FROM %s f WHERE f.customer_id IN (:ids) ORDER BY f.customer_id"
			.formatted(selectList(columns), table());
		int[] positions = positions(columns);
		for (int from = 0; from < ids.length; from += CHUNK) {
			List<Integer> chunk = Arrays.stream(ids, from, Math.min(ids.length, from + CHUNK)).boxed().toList();
			jdbc.sql(sql).param("ids", chunk).query(rs -> {
				readIds.add(new int[] { rs.getInt(1) });
				rows.add(row(rs, columns, positions));
			});
		}
		int[] customerIds = readIds.stream().mapToInt(id -> id[0]).toArray();
		boolean[] labels = new boolean[customerIds.length];
		for (int i = 0; i < customerIds.length; i++) {
			labels[i] = reached.test(customerIds[i]);
		}
		return new Labelled(customerIds, rows.toArray(double[][]::new), labels);
	}

	/** Hands every customer's id and columns to {@code each}, in id order. */
	void forEach(List<ModelColumn> columns, Row each) {
		String sql = "SELECT f.customer_id, %s FROM %s f WHERE f.customer_id > :after ORDER BY f.customer_id LIMIT :size"
			.formatted(selectList(columns), table());
		int[] positions = positions(columns);
		long[] after = { Long.MIN_VALUE };
		int[] read = { BATCH };
		while (read[0] == BATCH) {
			read[0] = 0;
			jdbc.sql(sql).param("after", after[0]).param("size", BATCH).query(rs -> {
				after[0] = rs.getInt(1);
				read[0]++;
				each.accept(rs.getInt(1), row(rs, columns, positions));
			});
		}
	}

	@FunctionalInterface
	interface Row {

		void accept(int customerId, double[] values);

	}

	private String table() {
		return features.current().table().tableName();
	}

	private static String selectList(List<ModelColumn> columns) {
		Set<String> names = new LinkedHashSet<>();
		columns.forEach(column -> names.add(column.attribute().column()));
		return names.stream().map(name -> "f." + name).collect(Collectors.joining(", "));
	}

	/** For each model column, the result set position of its attribute in {@link #selectList}. */
	private static int[] positions(List<ModelColumn> columns) {
		List<Attribute> attributes = new ArrayList<>();
		int[] positions = new int[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			Attribute attribute = columns.get(i).attribute();
			if (!attributes.contains(attribute)) {
				attributes.add(attribute);
			}
			positions[i] = 2 + attributes.indexOf(attribute);
		}
		return positions;
	}

	private static double[] row(ResultSet rs, List<ModelColumn> columns, int[] positions) throws SQLException {
		double[] values = new double[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			values[i] = columns.get(i).encode(rs.getObject(positions[i]));
		}
		return values;
	}

}
