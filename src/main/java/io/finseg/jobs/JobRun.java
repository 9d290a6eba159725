package io.finseg.jobs;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * One job on its worker thread: runs the work, keeps its progress and writes it to the job row at
 * most every {@link #FLUSH_MILLIS} ms, and records how it ended.
 */
final class JobRun implements JobContext, Runnable {

	static final long FLUSH_MILLIS = 250;

	/** Recording how a job ended is tried again for up to 15 minutes while the database is away. */
	private static final long END_RETRY_MILLIS = 2_000;

	private static final int END_ATTEMPTS = 450;

	private static final Logger log = LoggerFactory.getLogger(JobRun.class);

	private final long id;

	private final JobType type;

	private final JobWork work;

	private final JobRepository repository;

	private final JobMessages messages;

	private final Clock clock;

	private final Runnable whenEnded;

	private final ThroughputMeter meter = new ThroughputMeter();

	private volatile boolean cancelRequested;

	private volatile boolean stopping;

	private long done;

	private Long total;

	private String message;

	private long startedMillis;

	private long lastFlushMillis;

	private long lastCancelCheckMillis;

	JobRun(long id, JobType type, JobWork work, JobRepository repository, JobMessages messages, Clock clock,
			Runnable whenEnded) {
		this.id = id;
		this.type = type;
		this.work = work;
		this.repository = repository;
		this.messages = messages;
		this.clock = clock;
		this.whenEnded = whenEnded;
	}

	@Override
	public void run() {
		MDC.put("jobId", Long.toString(id));
		try {
			if (!repository.markRunning(id, LocalDateTime.now(clock))) {
				end(JobStatus.CANCELLED, messages.text("jobs.message.cancelledBeforeStart"), null);
				return;
			}
			start();
			JobOutcome outcome = work.run(this);
			if (outcome == null) {
				outcome = JobOutcome.succeeded("jobs.message.succeeded");
			}
			end(outcome.status(), messages.text(outcome.messageKey(), outcome.args()), outcome.resultLink());
		}
		catch (JobCancelledException cancelled) {
			if (stopping) {
				end(JobStatus.FAILED, interruptedAndKept(), null);
			}
			else {
				end(JobStatus.CANCELLED, lastMessageOr("jobs.message.cancelled"), null);
			}
		}
		catch (InterruptedException interrupted) {
			log.warn("Job {} ({}) was interrupted, most likely by a shutdown", id, type.name());
			end(JobStatus.FAILED, messages.text("jobs.message.interrupted"), null);
			Thread.currentThread().interrupt();
		}
		catch (Exception | Error failure) {
			log.error("Job {} ({}) failed", id, type.name(), failure);
			end(JobStatus.FAILED, messages.text(lostTheDatabase(failure) ? "jobs.message.databaseUnavailable"
					: "jobs.message.failed"), null);
			if (failure instanceof Error error) {
				throw error;
			}
		}
		finally {
			whenEnded.run();
			MDC.remove("jobId");
		}
	}

	@Override
	public long jobId() {
		return id;
	}

	@Override
	public synchronized void progress(long done, long total) {
		this.done = Math.max(0, done);
		this.total = total > 0 ? total : null;
		flushIfDue();
	}

	@Override
	public synchronized void message(String messageKey, Object... args) {
		this.message = messages.text(messageKey, args);
		flushIfDue();
	}

	@Override
	public boolean isCancelRequested() {
		if (!cancelRequested) {
			checkCancelIfDue();
		}
		return cancelRequested;
	}

	@Override
	public void throwIfCancelled() {
		if (isCancelRequested()) {
			throw new JobCancelledException(id, stopping);
		}
	}

	/** A cancel request made on this node: seen at once, without waiting for the next check. */
	void cancel() {
		cancelRequested = true;
	}

	/**
	 * FinSeg is shutting down: the work stops at its next check, between chunks, and the job ends
	 * as interrupted rather than cancelled by a person.
	 */
	void stopForShutdown() {
		stopping = true;
		cancelRequested = true;
	}

	private synchronized void start() {
		startedMillis = clock.millis();
		lastFlushMillis = startedMillis;
		lastCancelCheckMillis = startedMillis;
		meter.record(startedMillis, 0);
	}

	private void flushIfDue() {
		long now = clock.millis();
		if (now - lastFlushMillis < FLUSH_MILLIS) {
			return;
		}
		lastFlushMillis = now;
		meter.record(now, done);
		repository.saveProgress(id, done, total, meter.unitsPerSecond(), message);
		checkCancelIfDue();
	}

	// The flag is read from the row, not only kept in memory, so a request made on another node
	// reaches the work too.
	private synchronized void checkCancelIfDue() {
		long now = clock.millis();
		if (now - lastCancelCheckMillis < FLUSH_MILLIS) {
			return;
		}
		lastCancelCheckMillis = now;
		if (repository.isCancelRequested(id)) {
			cancelRequested = true;
		}
	}

	private synchronized void end(JobStatus status, String endMessage, String resultLink) {
		Double rate = ThroughputMeter.average(done, clock.millis() - startedMillis);
		LocalDateTime endedAt = LocalDateTime.now(clock);
		for (int attempt = 1;; attempt++) {
			try {
				repository.finish(id, status, done, total, startedMillis == 0 ? null : rate, endMessage, resultLink,
						endedAt);
				return;
			}
			catch (RuntimeException failure) {
				if (!lostTheDatabase(failure)) {
					// The row stays active; the next start marks it interrupted.
					log.error("Could not record the end of job {} as {}", id, status, failure);
					return;
				}
				// Most often the very reason the job failed: the database went away. Once it is back the
				// job must read as ended, not as running for ever.
				if (attempt == END_ATTEMPTS || stopping || !pauseBeforeRecordingAgain()) {
					log.error("Could not record the end of job {} as {}; the next start marks it interrupted", id,
							status, failure);
					return;
				}
				if (attempt == 1) {
					log.warn("The database does not answer; recording the end of job {} as {} again every {} ms", id,
							status, END_RETRY_MILLIS);
				}
			}
		}
	}

	private static boolean lostTheDatabase(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
					|| cause instanceof RecoverableDataAccessException || cause instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}

	private static boolean pauseBeforeRecordingAgain() {
		try {
			Thread.sleep(END_RETRY_MILLIS);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private synchronized String interruptedAndKept() {
		String interrupted = messages.text("jobs.message.interrupted");
		return message == null ? interrupted : interrupted + " " + message;
	}

	private String lastMessageOr(String key) {
		synchronized (this) {
			return message != null ? message : messages.text(key);
		}
	}

}
