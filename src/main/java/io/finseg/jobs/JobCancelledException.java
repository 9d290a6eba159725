package io.finseg.jobs;

/**
 * Thrown by {@link JobContext#throwIfCancelled()} to unwind the work of a job someone stopped.
 * The job ends as CANCELLED, not FAILED; work that catches exceptions broadly must let this one
 * through.
 */
public class JobCancelledException extends RuntimeException {

	public JobCancelledException(long jobId) {
		super("Job " + jobId + " was cancelled");
	}

}
