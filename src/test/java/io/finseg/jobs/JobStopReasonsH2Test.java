package io.finseg.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

/**
 * Work that records its own status (clustering runs, look-alike models) learns from the cancel
 * whether a person stopped it (CANCELLED) or a shutdown did (FAILED, interrupted).
 */
@SpringBootTest
@UsesH2
@TestJobTypes
class JobStopReasonsH2Test {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	Jobs jobs;

	@Test
	void tellsTheWorkWhetherAPersonOrAShutdownStoppedIt() throws InterruptedException {
		List<Boolean> byShutdown = new CopyOnWriteArrayList<>();
		JobWork noting = context -> {
			try {
				return JobsContract.slowCount().run(context);
			}
			catch (JobCancelledException stopped) {
				byShutdown.add(stopped.byShutdown());
				throw stopped;
			}
		};
		long cancelled = jobs.start(TestJobTypes.SLOW, "ann", noting);
		awaitWork(cancelled);
		jobs.requestCancel(cancelled);
		assertThat(jobs.awaitEnd(cancelled, WAIT).status()).isEqualTo(JobStatus.CANCELLED);

		long interrupted = jobs.start(TestJobTypes.SLOW, "ann", noting);
		awaitWork(interrupted);
		jobs.stopRunningJobs();
		assertThat(jobs.awaitEnd(interrupted, WAIT).status()).isEqualTo(JobStatus.FAILED);

		assertThat(byShutdown).as("cancelled by a person, then stopped by a shutdown").containsExactly(false, true);
	}

	private void awaitWork(long id) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (jobs.get(id).done() < 200) {
			assertThat(System.nanoTime()).as("job %d did some work", id).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
