package io.finseg.importer;

/**
 * Takes the rows of one table at a time and writes them in chunks, each chunk in its own
 * committed transaction. A failed chunk is rolled back; the rows already committed carry the
 * import's id, so the import as a whole is removed again by {@link ImportWriter#removeRowsOf}.
 */
interface ChunkSink extends AutoCloseable {

	WriteMethod method();

	/** Rows per chunk: where a chunk is full, {@link #flush()} follows. */
	int chunkRows();

	/** Starts the rows of a table; the previous table's rows have been flushed. */
	void startTable(ImportTable table);

	/** Adds a row: the table's values in column order, then the import's id. */
	void add(Object[] row);

	/** Rows added since the last flush. */
	int pending();

	/** Writes and commits the rows added since the last flush (or hands them to a writer that does). */
	void flush();

	/** Returns once every flushed row is committed; throws what writing them threw. */
	void awaitWritten();

	@Override
	void close();

}
