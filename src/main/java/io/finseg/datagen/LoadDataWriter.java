package io.finseg.datagen;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessResourceFailureException;

import io.finseg.customer.CustomerTable;
import io.finseg.customer.LoadData;
import io.finseg.customer.LoadDataRows;

/**
 * Writes a chunk with {@code LOAD DATA LOCAL INFILE} ({@link LoadData}), all nine tables in one
 * transaction. About three times faster than batched INSERTs on MariaDB.
 */
final class LoadDataWriter implements ChunkWriter {

	private final LoadData loader;

	private final Map<CustomerTable, Long> writeNanos = ChunkWriter.zeroPerTable();

	LoadDataWriter(LoadData loader) {
		this.loader = loader;
	}

	@Override
	public String method() {
		return "LOAD DATA LOCAL INFILE";
	}

	@Override
	public void write(GeneratedChunk chunk, IdBases bases) {
		try {
			for (CustomerTable table : CustomerTable.values()) {
				long started = System.nanoTime();
				load(TableInsert.of(table), chunk.rows(table), bases);
				writeNanos.merge(table, System.nanoTime() - started, Long::sum);
			}
			loader.commit();
		}
		catch (SQLException | RuntimeException e) {
			loader.rollback(e);
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new DataAccessResourceFailureException("Writing a chunk with LOAD DATA failed; it was rolled back", e);
		}
	}

	@Override
	public Map<CustomerTable, Long> writeNanos() {
		return writeNanos;
	}

	@Override
	public void close() {
		loader.close();
	}

	private void load(TableInsert insert, List<Object[]> rows, IdBases bases) throws SQLException {
		LoadDataRows text = LoadDataRows.of(insert.table());
		for (int position = 0; position < rows.size(); position++) {
			text.add(insert.resolve(rows.get(position), position, bases));
		}
		loader.load(text);
	}

}
