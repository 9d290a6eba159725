package io.finseg.importer;

import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;

import io.finseg.customer.LoadData;
import io.finseg.customer.LoadDataRows;

/**
 * Writes chunks with {@code LOAD DATA LOCAL INFILE} on the loader's own connection, one
 * transaction per chunk. A row the server does not take as given (a duplicate that appeared
 * since the check, a cut value) fails the chunk, which is rolled back.
 */
final class LoadDataSink implements ChunkSink {

	static final int CHUNK = 20_000;

	private final LoadData loader;

	private LoadDataRows rows;

	LoadDataSink(LoadData loader) {
		this.loader = loader;
	}

	@Override
	public WriteMethod method() {
		return WriteMethod.LOAD_DATA;
	}

	@Override
	public int chunkRows() {
		return CHUNK;
	}

	@Override
	public void startTable(ImportTable table) {
		rows = LoadDataRows.of(table.table(), "import_id");
	}

	@Override
	public void add(Object[] row) {
		rows.add(row);
	}

	@Override
	public int pending() {
		return rows == null ? 0 : rows.size();
	}

	@Override
	public void flush() {
		if (pending() == 0) {
			return;
		}
		try {
			loader.load(rows);
			loader.commit();
		}
		catch (SQLException | RuntimeException e) {
			loader.rollback(e);
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new DataAccessResourceFailureException("LOAD DATA into " + rows.table().tableName()
					+ " failed; its chunk was rolled back", e);
		}
	}

	@Override
	public void close() {
		loader.close();
	}

}
