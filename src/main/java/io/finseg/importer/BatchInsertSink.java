package io.finseg.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes chunks as JDBC batches through the application's data source (multi-row INSERTs where
 * Connector/J's {@code rewriteBatchedStatements=true} is set): H2, and MySQL/MariaDB that refuse
 * LOAD DATA LOCAL INFILE.
 */
final class BatchInsertSink implements ChunkSink {

	static final int CHUNK = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final WriteMethod method;

	private final List<Object[]> rows = new ArrayList<>(CHUNK);

	private String sql;

	BatchInsertSink(JdbcTemplate jdbc, TransactionTemplate transactions, WriteMethod method) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.method = method;
	}

	@Override
	public WriteMethod method() {
		return method;
	}

	@Override
	public int chunkRows() {
		return CHUNK;
	}

	@Override
	public void startTable(ImportTable table) {
		List<String> columns = table.table().columns();
		// Table and column names come from CustomerTable, never from input.
		sql = "INSERT INTO %s (%s, import_id) VALUES (%s, ?)".formatted(table.tableName(), String.join(", ", columns),
				String.join(", ", Collections.nCopies(columns.size(), "?")));
	}

	@Override
	public void add(Object[] row) {
		rows.add(row);
	}

	@Override
	public int pending() {
		return rows.size();
	}

	@Override
	public void flush() {
		if (rows.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows));
		rows.clear();
	}

	@Override
	public void awaitWritten() {
		// flush() writes at once.
	}

	@Override
	public void close() {
		rows.clear();
	}

}
