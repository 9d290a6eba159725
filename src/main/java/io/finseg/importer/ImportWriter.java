package io.finseg.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked upload in chunks, each row tagged with the import's id, and removes exactly
 * those rows again when writing does not finish. Chunks keep transactions small on a database
 * of millions of rows; the tag makes the whole import all-or-nothing all the same.
 */
@Component
class ImportWriter {

	static final int CHUNK = 1000;

	private static final int DELETE_CHUNK = 10_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	ImportWriter(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Writes every row of the files. Stops early (returning false) when {@code cancelled} says so
	 * between chunks; the caller then removes what was written.
	 */
	boolean write(long importId, Map<ImportTable, Path> files, LongConsumer rowsWritten, BooleanSupplier cancelled) {
		long[] written = { 0 };
		for (ImportTable table : ImportTable.values()) {
			Path file = files.get(table);
			if (file == null) {
				continue;
			}
			String sql = insertSql(table);
			List<Object[]> chunk = new ArrayList<>(CHUNK);
			ImportProblems unexpected = new ImportProblems();
			boolean[] stopped = { false };
			ImportFileReader.read(table, file, table.fileName(), unexpected, (line, values) -> {
				if (stopped[0]) {
					return;
				}
				chunk.add(row(table, importId, values));
				if (chunk.size() == CHUNK) {
					insert(sql, chunk);
					written[0] += CHUNK;
					rowsWritten.accept(written[0]);
					stopped[0] = cancelled.getAsBoolean();
				}
			});
			if (!unexpected.isEmpty()) {
				throw new IllegalStateException("File of " + table + " changed after it was checked");
			}
			if (stopped[0]) {
				return false;
			}
			written[0] += chunk.size();
			insert(sql, chunk);
			rowsWritten.accept(written[0]);
		}
		return true;
	}

	/** Removes every row the import wrote, children before parents, in small transactions. */
	void removeRowsOf(long importId) {
		List<ImportTable> tables = new ArrayList<>(List.of(ImportTable.values()));
		Collections.reverse(tables);
		for (ImportTable table : tables) {
			// Table names come from ImportTable, never from input.
			String sql = "DELETE FROM %s WHERE import_id = ? LIMIT %d".formatted(table.tableName(), DELETE_CHUNK);
			while (jdbc.update(sql, importId) > 0) {
				// Repeat until the table holds no row of this import.
			}
		}
	}

	private void insert(String sql, List<Object[]> chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> jdbc.batchUpdate(sql, chunk));
		chunk.clear();
	}

	private static Object[] row(ImportTable table, long importId, String[] values) {
		Object[] row = new Object[values.length + 1];
		for (int i = 0; i < values.length; i++) {
			row[i] = table.columns().get(i).read(values[i]);
		}
		row[values.length] = importId;
		return row;
	}

	private static String insertSql(ImportTable table) {
		String columns = table.columns().stream().map(ImportColumn::name).collect(Collectors.joining(", "));
		String marks = table.columns().stream().map(column -> "?").collect(Collectors.joining(", "));
		return "INSERT INTO %s (%s, import_id) VALUES (%s, ?)".formatted(table.tableName(), columns, marks);
	}

}
