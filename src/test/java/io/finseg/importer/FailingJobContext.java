package io.finseg.importer;

import io.finseg.jobs.JobContext;

/**
 * A job whose database "goes away" once the given number of rows has been written, or that
 * runs something (another writer) once, when the import says it starts writing.
 */
final class FailingJobContext implements JobContext {

	private final long failAfterRows;

	private final Runnable whenWritingStarts;

	private long lastRowsWritten;

	private String writingMessage;

	FailingJobContext(long failAfterRows) {
		this(failAfterRows, () -> {
		});
	}

	private FailingJobContext(long failAfterRows, Runnable whenWritingStarts) {
		this.failAfterRows = failAfterRows;
		this.whenWritingStarts = whenWritingStarts;
	}

	static FailingJobContext whenWritingStarts(Runnable work) {
		return new FailingJobContext(Long.MAX_VALUE, work);
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
		if (messageKey.startsWith("import.job.writing") && writingMessage == null) {
			writingMessage = messageKey;
			whenWritingStarts.run();
		}
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

	/** The key of the message the import gave when it started writing. */
	String writingMessage() {
		return writingMessage;
	}

}
