package io.finseg.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts long work as jobs on Spring's task executor and answers what they are doing.
 *
 * <pre>{@code
 * long id = jobs.start(JobType.of("GENERATE_DEMO_DATA", "customers"), principal.getName(), context -> {
 *     for (long done = 0; done < total; done += chunk) {
 *         context.throwIfCancelled();
 *         writeChunk(...);
 *         context.progress(done + chunk, total);
 *         context.message("datagen.job.written", done + chunk);
 *     }
 *     return JobOutcome.succeeded("datagen.job.done", total).withResultLink("/");
 * });
 * }</pre>
 */
@Service
public class Jobs {

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	private static final int USERNAME_LENGTH = 50;

	private final JobRepository repository;

	private final TaskExecutor executor;

	private final JobMessages messages;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final Map<Long, JobRun> runningHere = new ConcurrentHashMap<>();

	Jobs(JobRepository repository, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			JobMessages messages, Clock clock, PlatformTransactionManager transactionManager) {
		this.repository = repository;
		this.executor = executor;
		this.messages = messages;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Starts a job that counts rows; see {@link #start(JobType, String, JobWork)}. */
	public long start(String type, String startedBy, JobWork work) {
		return start(JobType.of(type), startedBy, work);
	}

	/**
	 * Records a new job and runs its work on a worker thread; returns at once with the job's id.
	 * Called inside a transaction, the work starts only once that transaction has committed (so
	 * the work sees what the caller wrote), and not at all if it rolls back.
	 *
	 * @throws IllegalArgumentException if messages.properties has no label for the type or unit
	 */
	public long start(JobType type, String startedBy, JobWork work) {
		requireLabels(type);
		if (startedBy == null || startedBy.isBlank() || startedBy.length() > USERNAME_LENGTH) {
			throw new IllegalArgumentException("startedBy is the user name of whoever starts the job");
		}
		long id = ownTransaction.execute(status -> repository.insertQueued(type, startedBy, now()));
		JobRun run = new JobRun(id, type, work, repository, messages, clock, () -> runningHere.remove(id));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			submitAfterCommit(run);
		}
		else {
			submit(run);
		}
		log.info("Job {} ({}) queued by {}", id, type.name(), startedBy);
		return id;
	}

	/**
	 * Asks a job to stop. A queued job ends at once; a running one ends as soon as its work next
	 * checks. False when the job has already ended.
	 */
	public boolean requestCancel(long id) {
		if (repository.cancelQueued(id, messages.text("jobs.message.cancelledBeforeStart"), now())) {
			return true;
		}
		boolean requested = repository.requestCancel(id);
		JobRun run = runningHere.get(id);
		if (requested && run != null) {
			run.cancel();
		}
		return requested;
	}

	@Transactional(readOnly = true)
	public Optional<Job> find(long id) {
		return repository.find(id);
	}

	/** The job, or a {@link JobNotFoundException} (a 404 page). */
	@Transactional(readOnly = true)
	public Job get(long id) {
		return repository.find(id).orElseThrow(() -> new JobNotFoundException(id));
	}

	/** The newest jobs first. */
	@Transactional(readOnly = true)
	public List<Job> recent(int limit) {
		return repository.recent(Math.max(1, Math.min(limit, 500)));
	}

	/** Jobs queued or running, oldest first. */
	@Transactional(readOnly = true)
	public List<Job> running() {
		return repository.active();
	}

	/** The newest job of a type, e.g. to show the last data generation on a page. */
	@Transactional(readOnly = true)
	public Optional<Job> latestOfType(String type) {
		return repository.latestOfType(type);
	}

	/** The oldest queued or running job of a type, e.g. to avoid starting a second one. */
	@Transactional(readOnly = true)
	public Optional<Job> runningOfType(String type) {
		return running().stream().filter(job -> job.type().equals(type)).findFirst();
	}

	/**
	 * Waits until a job has ended and returns it. For tests and command-line runs; a web request
	 * never waits for a job.
	 */
	public Job awaitEnd(long id, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Job job = get(id);
		while (job.isActive()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Job " + id + " is still " + job.status() + " after " + timeout);
			}
			Thread.sleep(20);
			job = get(id);
		}
		return job;
	}

	/**
	 * Asks the work of every job on this instance to stop at its next check, so that a shutdown
	 * (which waits a while for worker threads) ends jobs between chunks and records them as
	 * interrupted. Jobs that do not stop in time are marked at the next start.
	 */
	@EventListener(ContextClosedEvent.class)
	void stopRunningJobs() {
		if (!runningHere.isEmpty()) {
			log.info("Shutting down: stopping jobs {}", runningHere.keySet());
			runningHere.values().forEach(JobRun::stopForShutdown);
		}
	}

	private void submitAfterCommit(JobRun run) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					submit(run);
				}
				else {
					repository.finish(run.jobId(), JobStatus.FAILED, 0, null, null,
							messages.text("jobs.message.notStarted"), null, now());
				}
			}
		});
	}

	private void submit(JobRun run) {
		runningHere.put(run.jobId(), run);
		try {
			executor.execute(run);
		}
		catch (TaskRejectedException rejected) {
			runningHere.remove(run.jobId());
			log.error("Job {} could not be handed to a worker thread", run.jobId(), rejected);
			repository.finish(run.jobId(), JobStatus.FAILED, 0, null, null, messages.text("jobs.message.failed"), null,
					now());
		}
	}

	private void requireLabels(JobType type) {
		for (String key : List.of(type.labelKey(), type.unitKey())) {
			if (!messages.has(key)) {
				throw new IllegalArgumentException("Add " + key + "=… to messages.properties: pages show job "
						+ type.name() + " with that label");
			}
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

}
