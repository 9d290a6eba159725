package io.finseg.erasure;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Searches every table of the application's schema, read from the database's own catalogue and
 * not from a list kept by hand, for a value in any character column, and for a customer id in
 * any integer column whose name mentions a customer.
 */
record PersonalDataSearch(DataSource dataSource, JdbcClient jdbc) {

	private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR,
			Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

	private static final Set<Integer> WHOLE = Set.of(Types.INTEGER, Types.BIGINT, Types.SMALLINT);

	/** As the database spells it (MariaDB keeps the case it was created with), to put into SQL. */
	record Column(String table, String name, int type) {

		String label() {
			return (table + "." + name).toLowerCase();
		}

	}

	List<Column> columns() throws SQLException {
		List<Column> columns = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String catalog = connection.getCatalog();
			String schema = connection.getSchema();
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					tables.add(rs.getString("TABLE_NAME"));
				}
			}
			for (String table : tables) {
				try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
					while (rs.next()) {
						columns.add(new Column(table, rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE")));
					}
				}
			}
		}
		return columns;
	}

	/** "table.column" for every character column holding {@code value} anywhere in its text. */
	List<String> whereTextOccurs(String value) throws SQLException {
		String pattern = "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<String> found = new ArrayList<>();
		for (Column column : columns()) {
			if (TEXT.contains(column.type())) {
				// Names come from the database's catalogue; the value is a parameter.
				long rows = jdbc.sql("SELECT COUNT(*) FROM %s WHERE %s LIKE :pattern".formatted(column.table(), column.name()))
					.param("pattern", pattern).query(Long.class).single();
				if (rows > 0) {
					found.add(column.label());
				}
			}
		}
		return found;
	}

	/** "table.column" for every whole-number column named like a customer reference that holds {@code id}. */
	List<String> whereCustomerIdOccurs(long id) throws SQLException {
		List<String> found = new ArrayList<>();
		for (Column column : columns()) {
			if (WHOLE.contains(column.type()) && column.name().toLowerCase().contains("customer")) {
				long rows = jdbc.sql("SELECT COUNT(*) FROM %s WHERE %s = :id".formatted(column.table(), column.name()))
					.param("id", id).query(Long.class).single();
				if (rows > 0) {
					found.add(column.label());
				}
			}
		}
		return found;
	}

}
