package io.finseg.jobs;

/**
 * What running work may tell its job and ask of it. Calls are cheap: progress reaches the
 * database at most a few times a second, so call {@link #progress} after every chunk or even
 * every row.
 */
public interface JobContext {

	long jobId();

	/** How far the work got, in the job type's unit; {@code total} may be 0 while unknown. */
	void progress(long done, long total);

	/**
	 * What the work is doing now, in words a person reads: a message key of messages.properties
	 * and its arguments (numbers get thousand separators). If the job is cancelled, the last
	 * message stays as the account of what was kept, unless the work returns its own outcome.
	 */
	void message(String messageKey, Object... args);

	/** True once someone asked the job to stop. */
	boolean isCancelRequested();

	/** Ends the work as CANCELLED if someone asked it to stop; call it between chunks. */
	void throwIfCancelled() throws JobCancelledException;

}
