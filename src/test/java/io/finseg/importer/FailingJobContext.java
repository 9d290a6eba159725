package io.finseg.importer;

import io.finseg.jobs.JobContext;

/** A job whose database "goes away" once the given number of rows has been written. */
final class FailingJobContext implements JobContext {

	private final long failAfterRows;

	private long lastRowsWritten;

	FailingJobContext(long failAfterRows) {
		this.failAfterRows = failAfterRows;
	}

	@Override
	public long jobId() {
		return 0;
	}

	@Override
	public void progress(long done, long total) {
		if (total > 0) {
			lastRowsWritten = done;
			if (done >= failAfterRows) {
				throw new IllegalStateException("Simulated loss of the database after " + done + " rows");
			}
		}
	}

	@Override
	public void message(String messageKey, Object... args) {
	}

	@Override
	public boolean isCancelRequested() {
		return false;
	}

	@Override
	public void throwIfCancelled() {
	}

	long lastRowsWritten() {
		return lastRowsWritten;
	}

}
