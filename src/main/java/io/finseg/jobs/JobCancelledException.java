package io.finseg.jobs;

/**
 * Thrown by {@link JobContext#throwIfCancelled()} to unwind the work of a job someone stopped,
 * or that a shutdown of FinSeg stopped ({@link #byShutdown()}). A person's cancel ends the job as
 * CANCELLED, a shutdown as FAILED (interrupted): work that records its own status does the same.
 * Work that catches exceptions broadly must let this one through.
 */
public class JobCancelledException extends RuntimeException {

	private final boolean byShutdown;

	public JobCancelledException(long jobId) {
		this(jobId, false);
	}

	public JobCancelledException(long jobId, boolean byShutdown) {
		super("Job " + jobId + (byShutdown ? " was stopped by a shutdown" : " was cancelled"));
		this.byShutdown = byShutdown;
	}

	/** Nobody cancelled the job: FinSeg is stopping, so the work was interrupted. */
	public boolean byShutdown() {
		return byShutdown;
	}

}
