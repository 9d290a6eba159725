package io.finseg.jobs;

/**
 * The work of one job, run on a worker thread. Report progress through the context, check
 * {@link JobContext#throwIfCancelled()} between chunks (never inside one: a cancelled job must
 * leave no half chunk), and return what was done.
 * <p>
 * An exception ends the job as FAILED with a generic message; the exception goes to the log
 * with the job id, never to a page.
 */
@FunctionalInterface
public interface JobWork {

	JobOutcome run(JobContext context) throws Exception;

}
