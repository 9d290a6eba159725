package io.finseg.segmentindex;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.features.FeatureSnapshot;
import io.finseg.features.FeatureTable;
import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.AttributeType;

/**
 * Reads a features snapshot into a {@link ColumnIndex}: in keyset chunks on the customer id (a
 * streaming read whatever the driver's fetch settings, with progress and a place to stop between
 * chunks), every catalogue attribute that is a column of the table.
 */
@Component
class IndexLoader {

	static final int CHUNK = 20_000;

	private final JdbcClient jdbc;

	private final AttributeCatalogue catalogue;

	IndexLoader(JdbcClient jdbc, AttributeCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	/** Told after every chunk; may ask the load to stop. */
	interface Progress {

		void rows(long done, long total);

		boolean stopRequested();

	}

	/** The index of {@code snapshot}, or null when stopped. */
	ColumnIndex load(FeatureSnapshot snapshot, Progress progress) {
		long started = System.nanoTime();
		String table = snapshot.table().tableName();
		Map<String, Integer> scales = columnScales(snapshot.table());
		List<Attribute> attributes = catalogue.all().stream().filter(a -> scales.containsKey(a.column())).toList();
		int expected = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, snapshot.customers() + 16));
		Map<String, IndexedColumn> columns = new LinkedHashMap<>();
		for (Attribute attribute : attributes) {
			columns.put(attribute.column(), switch (attribute.type()) {
				case BOOLEAN -> new FlagColumn();
				case TEXT, ENUM -> new TextColumn(expected);
				case DECIMAL -> new NumberColumn(expected, scales.get(attribute.column()));
				default -> new NumberColumn(expected, 0);
			});
		}
		// Whitelisted names only: the table is one of FeatureTable's two, the columns are catalogue
		// attributes that the table's own metadata lists.
		String select = "SELECT customer_id, "
				+ String.join(", ", attributes.stream().map(Attribute::column).toList()) + " FROM " + table
				+ " WHERE customer_id > :after ORDER BY customer_id LIMIT :size";
		int[] ids = new int[expected];
		int rows = 0;
		long after = Long.MIN_VALUE;
		while (true) {
			int[] box = { rows };
			long[] last = { after };
			int[][] idsBox = { ids };
			jdbc.sql(select).param("after", after).param("size", CHUNK).query((ResultSet rs) -> {
				int row = box[0];
				if (row == idsBox[0].length) {
					idsBox[0] = Arrays.copyOf(idsBox[0], row + (row >> 1) + 16);
				}
				long id = rs.getLong(1);
				if (id > Integer.MAX_VALUE || id < Integer.MIN_VALUE) {
					throw new IllegalStateException("Customer id " + id + " does not fit the segment index");
				}
				idsBox[0][row] = (int) id;
				for (int i = 0; i < attributes.size(); i++) {
					read(rs, i + 2, attributes.get(i).type(), columns.get(attributes.get(i).column()), row);
				}
				box[0] = row + 1;
				last[0] = id;
			});
			ids = idsBox[0];
			int read = box[0] - rows;
			rows = box[0];
			after = last[0];
			progress.rows(rows, Math.max(rows, snapshot.customers()));
			if (read < CHUNK) {
				break;
			}
			if (progress.stopRequested()) {
				return null;
			}
		}
		columns.values().forEach(IndexedColumn::finish);
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new ColumnIndex(snapshot, Arrays.copyOf(ids, rows), columns, millis);
	}

	private static void read(ResultSet rs, int index, AttributeType type, IndexedColumn column, int row)
			throws SQLException {
		switch (type) {
			case BOOLEAN -> {
				boolean value = rs.getBoolean(index);
				((FlagColumn) column).add(row, rs.wasNull() ? null : value);
			}
			case TEXT, ENUM -> ((TextColumn) column).add(rs.getString(index));
			case DECIMAL -> {
				BigDecimal value = rs.getBigDecimal(index);
				NumberColumn numbers = (NumberColumn) column;
				// Exact: a value with more decimals than the column's scale fails the build (SQL answers).
				numbers.add(value == null ? null : value.setScale(numbers.scale()).unscaledValue().longValueExact());
			}
			case DATE -> {
				LocalDate value = rs.getObject(index, LocalDate.class);
				((NumberColumn) column).add(value == null ? null : value.toEpochDay());
			}
			default -> {
				long value = rs.getLong(index);
				((NumberColumn) column).add(rs.wasNull() ? null : value);
			}
		}
	}

	/** The table's columns (lower case) and their decimal scale. */
	private Map<String, Integer> columnScales(FeatureTable table) {
		return jdbc.sql("SELECT * FROM %s WHERE 1 = 0".formatted(table.tableName())).query((ResultSetExtractor<Map<String, Integer>>) rs -> {
			Map<String, Integer> scales = new HashMap<>();
			ResultSetMetaData meta = rs.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				scales.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), Math.max(0, meta.getScale(i)));
			}
			return scales;
		});
	}

}
