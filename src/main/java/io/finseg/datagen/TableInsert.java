package io.finseg.datagen;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.finseg.customer.CustomerTable;

/**
 * The INSERT of one customer table, in the column order of {@link CustomerTable#columns()},
 * which the synthesizers fill. The first column is the row's own id; {@code accountColumn}
 * names the value (0-based, own id not counted) that refers to an account by its position in
 * the chunk, or -1.
 */
record TableInsert(CustomerTable table, String sql, int accountColumn) {

	private static final Map<CustomerTable, TableInsert> ALL = new EnumMap<>(CustomerTable.class);

	static {
		for (CustomerTable table : CustomerTable.values()) {
			int accountColumn = table == CustomerTable.TRANSACTIONS || table == CustomerTable.PAYMENTS ? 0 : -1;
			ALL.put(table, new TableInsert(table, insertSql(table), accountColumn));
		}
	}

	static TableInsert of(CustomerTable table) {
		return ALL.get(table);
	}

	/** The name of the table's own id column. */
	String idColumn() {
		return table.idColumn();
	}

	/** The values of a row with its own id and account reference resolved against the bases. */
	Object[] resolve(Object[] values, int position, IdBases bases) {
		Object[] resolved = new Object[values.length + 1];
		resolved[0] = bases.of(table) + position;
		System.arraycopy(values, 0, resolved, 1, values.length);
		if (accountColumn >= 0) {
			resolved[accountColumn + 1] = bases.of(CustomerTable.ACCOUNT) + (Integer) values[accountColumn];
		}
		return resolved;
	}

	private static String insertSql(CustomerTable table) {
		return "INSERT INTO %s (%s) VALUES (%s)".formatted(table.tableName(), String.join(", ", table.columns()),
				String.join(", ", Collections.nCopies(table.columns().size(), "?")));
	}

}
