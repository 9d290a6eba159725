package io.finseg.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.finseg.customer.LoadData;

/**
 * Writes a checked upload in chunks, each row tagged with the import's id, and removes exactly
 * those rows again when writing does not finish. Chunks keep transactions small on a database
 * of millions of rows; the tag makes the whole import all-or-nothing all the same. On
 * MySQL/MariaDB the chunks go by LOAD DATA LOCAL INFILE where the server and the URL allow it,
 * elsewhere by batched INSERTs.
 */
@Component
class ImportWriter {

	private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

	private static final int DELETE_CHUNK = 10_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final DataSourceProperties dataSource;

	ImportWriter(JdbcTemplate jdbc, TransactionTemplate transactions, DataSourceProperties dataSource) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.dataSource = dataSource;
	}

	/** The fastest way the database takes rows now; close it when writing ends. */
	ChunkSink open() {
		LoadData.Attempt attempt = LoadData.open(dataSource.determineUrl(), dataSource.determineUsername(),
				dataSource.determinePassword());
		if (attempt.loader() != null) {
			return new LoadDataSink(attempt.loader());
		}
		if (attempt.refused()) {
			log.info("The database refuses LOAD DATA LOCAL INFILE ({}): the import writes batched INSERTs",
					attempt.refusedBecause());
			return new BatchInsertSink(jdbc, transactions, WriteMethod.BATCHED_INSERT_REFUSED);
		}
		return new BatchInsertSink(jdbc, transactions, WriteMethod.BATCHED_INSERT);
	}

	/**
	 * Writes every row of the files into the sink. Stops early (returning false) when
	 * {@code cancelled} says so between chunks; the caller then removes what was written.
	 */
	boolean write(long importId, Map<ImportTable, Path> files, ChunkSink sink, LongConsumer rowsWritten,
			BooleanSupplier cancelled) {
		long[] written = { 0 };
		for (ImportTable table : ImportTable.values()) {
			Path file = files.get(table);
			if (file == null) {
				continue;
			}
			sink.startTable(table);
			ImportProblems unexpected = new ImportProblems();
			boolean[] stopped = { false };
			ImportFileReader.read(table, file, table.fileName(), unexpected, (line, values) -> {
				if (stopped[0]) {
					return;
				}
				sink.add(row(table, importId, values));
				if (sink.pending() == sink.chunkRows()) {
					sink.flush();
					written[0] += sink.chunkRows();
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
			written[0] += sink.pending();
			sink.flush();
			rowsWritten.accept(written[0]);
		}
		sink.awaitWritten();
		return true;
	}

	/** Removes every row the import wrote, children before parents, in small transactions. */
	void removeRowsOf(long importId) {
		List<ImportTable> tables = new ArrayList<>(List.of(ImportTable.values()));
		Collections.reverse(tables);
		for (ImportTable table : tables) {
			// Table names come from ImportTable, never from input.
			String sql = "DELETE FROM %s WHERE import_id = ? LIMIT %d".formatted(table.tableName(), DELETE_CHUNK);
			// Each chunk in a transaction of its own, run again if the cluster refuses it (a DELETE of
			// this import's rows may run twice); repeated until the table holds no row of this import.
			while (Boolean.TRUE.equals(transactions.execute(status -> jdbc.update(sql, importId) > 0))) {
				// Next chunk.
			}
		}
	}

	private static Object[] row(ImportTable table, long importId, String[] values) {
		Object[] row = new Object[values.length + 1];
		for (int i = 0; i < values.length; i++) {
			row[i] = table.columns().get(i).read(values[i]);
		}
		row[values.length] = importId;
		return row;
	}

}
