package io.finseg.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.finseg.customer.CustomerTable;

/**
 * Writes a chunk in one transaction of the application's data source, table by table in
 * foreign-key order, as JDBC batches (rewritten into multi-row INSERTs by MySQL Connector/J when
 * the URL sets {@code rewriteBatchedStatements=true}). A failure rolls the whole chunk back.
 * Works on every database; the fallback where LOAD DATA is not allowed.
 */
final class BatchInsertWriter implements ChunkWriter {

	private static final int BATCH_ROWS = 2_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Map<CustomerTable, Long> writeNanos = ChunkWriter.zeroPerTable();

	BatchInsertWriter(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public String method() {
		return "batched INSERT";
	}

	@Override
	public void write(GeneratedChunk chunk, IdBases bases) {
		transaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
			for (CustomerTable table : CustomerTable.values()) {
				long started = System.nanoTime();
				insert(connection, TableInsert.of(table), chunk.rows(table), bases);
				writeNanos.merge(table, System.nanoTime() - started, Long::sum);
			}
			return null;
		}));
	}

	@Override
	public Map<CustomerTable, Long> writeNanos() {
		return writeNanos;
	}

	private static void insert(Connection connection, TableInsert insert, List<Object[]> rows, IdBases bases)
			throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(insert.sql())) {
			for (int position = 0; position < rows.size(); position++) {
				Object[] values = insert.resolve(rows.get(position), position, bases);
				for (int column = 0; column < values.length; column++) {
					statement.setObject(column + 1, values[column]);
				}
				statement.addBatch();
				if ((position + 1) % BATCH_ROWS == 0) {
					statement.executeBatch();
				}
			}
			statement.executeBatch();
		}
	}

}
