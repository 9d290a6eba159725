package io.finseg.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the jobs framework promises on every database FinSeg supports. Subclasses pick the
 * database.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class JobsContract {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	Jobs jobs;

	@Autowired
	RestartCleanup restartCleanup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void runsWorkToTheEndAndRecordsProgressOutcomeAndResultLink() throws InterruptedException {
		long id = jobs.start(TestJobTypes.COUNT, "ann", context -> {
			for (long done = 1; done <= 2_000; done++) {
				context.progress(done, 2_000);
			}
			return JobOutcome.succeeded("jobsTest.counted", 2_000).withResultLink("/segments/7");
		});

		Job job = jobs.awaitEnd(id, WAIT);
		assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(job.type()).isEqualTo("TEST_COUNT");
		assertThat(job.unit()).isEqualTo("rows");
		assertThat(job.done()).isEqualTo(2_000);
		assertThat(job.total()).isEqualTo(2_000);
		assertThat(job.percent()).isEqualTo(100);
		assertThat(job.message()).isEqualTo("Counted 2,000 rows.");
		assertThat(job.resultLink()).isEqualTo("/segments/7");
		assertThat(job.startedBy()).isEqualTo("ann");
		assertThat(job.startedAt()).isNotNull();
		assertThat(job.finishedAt()).isAfterOrEqualTo(job.startedAt());
		assertThat(job.cancelRequested()).isFalse();
	}

	@Test
	void showsProgressWhileTheWorkRuns() throws InterruptedException {
		CountDownLatch seen = new CountDownLatch(1);
		long id = jobs.start(TestJobTypes.SLOW, "ann", context -> {
			for (long done = 100; done <= 1_000; done += 100) {
				context.progress(done, 10_000);
				Thread.sleep(100);
			}
			seen.await(10, TimeUnit.SECONDS);
			return JobOutcome.succeeded("jobs.message.succeeded");
		});

		Job running = awaitProgress(id, 500);
		assertThat(running.status()).isEqualTo(JobStatus.RUNNING);
		assertThat(running.unit()).isEqualTo("customers");
		assertThat(running.percent()).isBetween(5, 10);
		assertThat(running.rate()).as("customers per second").isBetween(300.0, 1_500.0);
		assertThat(running.secondsLeft()).isPositive();
		assertThat(jobs.running()).extracting(Job::id).contains(id);
		seen.countDown();
		assertThat(jobs.awaitEnd(id, WAIT).status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(jobs.running()).extracting(Job::id).doesNotContain(id);
	}

	@Test
	void endsAsFailedWithWordsForPeopleAndLogsTheCauseWithTheJobId(CapturedOutput output)
			throws InterruptedException {
		long id = jobs.start(TestJobTypes.COUNT, "ann", context -> {
			context.progress(10, 100);
			throw new IllegalStateException("secret-detail from the database");
		});

		Job job = jobs.awaitEnd(id, WAIT);
		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.message()).startsWith("Stopped by an unexpected error").doesNotContain("secret-detail");
		assertThat(job.finishedAt()).isNotNull();
		assertThat(output.getOut()).contains("Job " + id + " (TEST_COUNT) failed").contains("secret-detail");
	}

	@Test
	void stopsWhenCancelledAndKeepsTheWorksAccountOfWhatWasKept() throws InterruptedException {
		long id = jobs.start(TestJobTypes.SLOW, "ann", slowCount());
		awaitProgress(id, 200);

		assertThat(jobs.requestCancel(id)).isTrue();

		Job job = jobs.awaitEnd(id, WAIT);
		assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
		assertThat(job.cancelRequested()).isTrue();
		assertThat(job.done()).isBetween(200L, 9_000L);
		assertThat(job.message()).matches("Kept the first [0-9,]+ customers\\.");
	}

	@Test
	void hearsACancelRequestMadeOnAnotherInstance() throws InterruptedException {
		long id = jobs.start(TestJobTypes.SLOW, "ann", slowCount());
		awaitProgress(id, 200);

		jdbc.sql("UPDATE job SET cancel_requested = TRUE WHERE id = :id").param("id", id).update();

		assertThat(jobs.awaitEnd(id, WAIT).status()).isEqualTo(JobStatus.CANCELLED);
	}

	@Test
	void letsWorkThatTidiesUpSayWhatItKept() throws InterruptedException {
		long id = jobs.start(TestJobTypes.SLOW, "ann", context -> {
			while (!context.isCancelRequested()) {
				context.progress(1, 10);
				Thread.sleep(20);
			}
			return JobOutcome.cancelled("jobsTest.tidiedUp");
		});
		awaitProgress(id, 1);
		jobs.requestCancel(id);

		Job job = jobs.awaitEnd(id, WAIT);
		assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
		assertThat(job.message()).isEqualTo("Stopped and removed what was written: nothing was kept.");
	}

	@Test
	void cancelsAQueuedJobAtOnceAndAnEndedOneNotAtAll() {
		long queued = JobRows.job("TEST_COUNT").status(JobStatus.QUEUED).insert(jdbc);
		long ended = JobRows.job("TEST_COUNT").status(JobStatus.SUCCEEDED).message("Counted 5 rows.").insert(jdbc);

		assertThat(jobs.requestCancel(queued)).isTrue();
		assertThat(jobs.requestCancel(ended)).isFalse();

		Job cancelled = jobs.get(queued);
		assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
		assertThat(cancelled.message()).isEqualTo("Cancelled before it started: nothing was done.");
		assertThat(cancelled.finishedAt()).isNotNull();
		assertThat(jobs.get(ended).status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(jobs.get(ended).message()).isEqualTo("Counted 5 rows.");
		assertThat(jobs.requestCancel(Long.MAX_VALUE)).isFalse();
	}

	@Test
	void marksJobsARestartInterruptedAsFailed() {
		long running = JobRows.job("TEST_SLOW").status(JobStatus.RUNNING).progress(400, 1_000L, "customers").insert(jdbc);
		long queued = JobRows.job("TEST_COUNT").status(JobStatus.QUEUED).insert(jdbc);
		long succeeded = JobRows.job("TEST_COUNT")
			.status(JobStatus.SUCCEEDED)
			.ran(LocalDateTime.of(2026, 11, 24, 9, 30), LocalDateTime.of(2026, 11, 24, 9, 31))
			.message("Counted 5 rows.")
			.insert(jdbc);

		assertThat(restartCleanup.failInterruptedJobs()).isGreaterThanOrEqualTo(2);

		for (long id : List.of(running, queued)) {
			Job job = jobs.get(id);
			assertThat(job.status()).isEqualTo(JobStatus.FAILED);
			assertThat(job.message()).isEqualTo("Interrupted by a restart of FinSeg. Start it again to finish the work.");
			assertThat(job.finishedAt()).isNotNull();
		}
		assertThat(jobs.get(running).done()).as("progress kept").isEqualTo(400);
		assertThat(jobs.get(succeeded).status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(jobs.get(succeeded).finishedAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 31));
	}

	@Test
	void startsTheWorkOnlyOnceTheCallersTransactionHasCommitted() throws InterruptedException {
		AtomicBoolean ran = new AtomicBoolean();
		long id = transactions.execute(status -> {
			long started = jobs.start(TestJobTypes.COUNT, "ann", context -> {
				ran.set(true);
				return JobOutcome.succeeded("jobs.message.succeeded");
			});
			sleep(300);
			assertThat(ran).as("ran before the commit").isFalse();
			assertThat(jobs.get(started).status()).isEqualTo(JobStatus.QUEUED);
			return started;
		});

		assertThat(jobs.awaitEnd(id, WAIT).status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(ran).isTrue();
	}

	@Test
	void neverStartsTheWorkWhenTheCallersTransactionRollsBack() throws InterruptedException {
		AtomicBoolean ran = new AtomicBoolean();
		long[] id = new long[1];
		transactions.executeWithoutResult(status -> {
			id[0] = jobs.start(TestJobTypes.COUNT, "ann", context -> {
				ran.set(true);
				return JobOutcome.succeeded("jobs.message.succeeded");
			});
			status.setRollbackOnly();
		});

		Job job = jobs.awaitEnd(id[0], WAIT);
		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.message()).isEqualTo("Not started: the request that asked for it did not complete.");
		sleep(200);
		assertThat(ran).isFalse();
	}

	@Test
	void refusesAJobTypeWithoutALabel() {
		assertThatThrownBy(() -> jobs.start("NOBODY_LABELLED_THIS", "ann", context -> null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("jobType.NOBODY_LABELLED_THIS");
		assertThatThrownBy(() -> jobs.start(JobType.of("TEST_COUNT", "parsecs"), "ann", context -> null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("jobUnit.parsecs");
	}

	@Test
	void listsTheNewestJobsFirst() throws InterruptedException {
		long first = jobs.start(TestJobTypes.COUNT, "ann", context -> null);
		long second = jobs.start(TestJobTypes.COUNT, "bob", context -> null);
		jobs.awaitEnd(first, WAIT);
		jobs.awaitEnd(second, WAIT);

		assertThat(jobs.recent(2)).extracting(Job::id).containsExactly(second, first);
		assertThat(jobs.latestOfType("TEST_COUNT")).map(Job::startedBy).contains("bob");
		assertThat(jobs.get(first).message()).isEqualTo("Finished.");
	}

	@Test
	void answersAnUnknownJobWithNotFound() {
		assertThat(jobs.find(Long.MAX_VALUE)).isEmpty();
		assertThatThrownBy(() -> jobs.get(Long.MAX_VALUE)).isInstanceOf(JobNotFoundException.class);
	}

	/** Counts to 10,000 customers in steps of 100, slowly, and stops between steps when asked. */
	static JobWork slowCount() {
		return context -> {
			for (long done = 100; done <= 10_000; done += 100) {
				context.throwIfCancelled();
				Thread.sleep(50);
				context.progress(done, 10_000);
				context.message("jobsTest.kept", done);
			}
			return JobOutcome.succeeded("jobs.message.succeeded");
		};
	}

	private Job awaitProgress(long id, long atLeast) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		Job job = jobs.get(id);
		while (job.done() < atLeast || job.rate() == null) {
			assertThat(System.nanoTime()).as("job %d reached %d", id, atLeast).isLessThan(deadline);
			assertThat(job.isActive()).as("job %d still active", id).isTrue();
			Thread.sleep(20);
			job = jobs.get(id);
		}
		return job;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
