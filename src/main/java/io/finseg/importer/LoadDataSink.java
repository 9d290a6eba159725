package io.finseg.importer;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.dao.DataAccessResourceFailureException;

import io.finseg.customer.LoadData;
import io.finseg.customer.LoadDataRows;

/**
 * Writes chunks with {@code LOAD DATA LOCAL INFILE} on the loader's own connection, one
 * transaction per chunk. A row the server does not take as given (a duplicate that appeared
 * since the check, a cut value) fails the chunk, which is rolled back. One chunk is sent by a
 * thread of its own while the next is read and parsed, so the JVM and the server work at once;
 * chunks still reach the server one after another, in order, so references always point back
 * at committed rows.
 */
final class LoadDataSink implements ChunkSink {

	static final int CHUNK = 20_000;

	private final LoadData loader;

	private final ExecutorService sender = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "import-load-data");
		thread.setDaemon(true);
		return thread;
	});

	private ImportTable table;

	private LoadDataRows rows;

	private Future<?> inFlight;

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
		this.table = table;
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

	/** Hands the rows to the sending thread once the chunk before them is committed. */
	@Override
	public void flush() {
		if (pending() == 0) {
			return;
		}
		awaitWritten();
		LoadDataRows full = rows;
		rows = LoadDataRows.of(table.table(), "import_id");
		inFlight = sender.submit(() -> send(full));
	}

	@Override
	public void awaitWritten() {
		if (inFlight == null) {
			return;
		}
		try {
			inFlight.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while LOAD DATA was writing", e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
		finally {
			inFlight = null;
		}
	}

	/** Waits for the chunk in flight to commit or roll back, so that nothing holds a lock afterwards. */
	@Override
	public void close() {
		try {
			awaitWritten();
		}
		catch (RuntimeException e) {
			// Already failing: the caller reports the first error and removes the import's rows.
		}
		finally {
			sender.shutdownNow();
			loader.close();
		}
	}

	private void send(LoadDataRows chunk) {
		try {
			loader.load(chunk);
			loader.commit();
		}
		catch (SQLException | RuntimeException e) {
			loader.rollback(e);
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new DataAccessResourceFailureException("LOAD DATA into " + chunk.table().tableName()
					+ " failed; its chunk was rolled back", e);
		}
	}

}
