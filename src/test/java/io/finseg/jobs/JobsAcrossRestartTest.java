package io.finseg.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.FinSegApplication;

/**
 * FinSeg stopped twice, once with a job mid-run and once after a crash left a row running: each
 * next start says the job was interrupted instead of showing it as running forever.
 */
class JobsAcrossRestartTest {

	private static final String INTERRUPTED = "Interrupted by a restart of FinSeg. Start it again to finish the work.";

	@Test
	void theNextStartMarksJobsTheStopInterruptedAsFailed() throws Exception {
		Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "restart-")
			.toAbsolutePath();
		long midRun;
		long leftRunning;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			Jobs jobs = first.getBean(Jobs.class);
			midRun = jobs.start(TestJobTypes.SLOW, "ann", JobsContract.slowCount());
			while (jobs.get(midRun).done() == 0) {
				Thread.sleep(20);
			}
			leftRunning = JobRows.job("TEST_COUNT")
				.status(JobStatus.RUNNING)
				.insert(first.getBean(JdbcClient.class));
		}

		try (ConfigurableApplicationContext second = start(dataDir)) {
			Jobs jobs = second.getBean(Jobs.class);
			Job stopped = jobs.get(midRun);
			assertThat(stopped.status()).isEqualTo(JobStatus.FAILED);
			assertThat(stopped.message()).as("stopped between chunks, saying what it kept")
				.matches(INTERRUPTED.replace(".", "\\.") + " Kept the first [0-9,]+ customers\\.");
			assertThat(stopped.done()).isLessThan(10_000);
			Job crashed = jobs.get(leftRunning);
			assertThat(crashed.status()).isEqualTo(JobStatus.FAILED);
			assertThat(crashed.message()).isEqualTo(INTERRUPTED);
			assertThat(crashed.finishedAt()).isNotNull();
			assertThat(jobs.running()).isEmpty();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(FinSegApplication.class)
			.properties("server.port=0", "finseg.data-dir=" + dataDir, "finseg.initial-admin-password=irrelevant-password-1",
					"spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("finseg")
							+ ";MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;LAZY_QUERY_EXECUTION=1",
					"spring.messages.basename=messages,jobs-test-messages")
			.run();
	}

}
