package io.finseg.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Percent, time left and duration as every page shows them. */
class JobTest {

	private static final LocalDateTime START = LocalDateTime.of(2026, 11, 24, 9, 30);

	@Test
	void givesWholePercentOnlyWhenTheTotalIsKnown() {
		assertThat(running(12_345, 100_000L, 2_000.0).percent()).isEqualTo(12);
		assertThat(running(100_000, 100_000L, 2_000.0).percent()).isEqualTo(100);
		assertThat(running(100_500, 100_000L, 2_000.0).percent()).as("never above 100").isEqualTo(100);
		assertThat(running(12_345, null, 2_000.0).percent()).isNull();
		assertThat(running(0, 0L, null).percent()).isNull();
	}

	@Test
	void estimatesTheTimeLeftFromTheRateAndRoundsUp() {
		assertThat(running(40_000, 100_000L, 2_000.0).secondsLeft()).isEqualTo(30);
		assertThat(running(99_999, 100_000L, 2_000.0).secondsLeft()).isEqualTo(1);
		assertThat(running(40_000, 100_000L, 0.5).secondsLeft()).isEqualTo(120_000);
	}

	@Test
	void tellsNoTimeLeftWithoutRateTotalOrWhenEnded() {
		assertThat(running(40_000, 100_000L, null).secondsLeft()).isNull();
		assertThat(running(40_000, 100_000L, 0.0).secondsLeft()).isNull();
		assertThat(running(40_000, null, 2_000.0).secondsLeft()).isNull();
		assertThat(job(JobStatus.CANCELLED, 40_000, 100_000L, 2_000.0, START.plusSeconds(20)).secondsLeft()).isNull();
	}

	@Test
	void measuresTheDurationUntilNowWhileRunningAndUntilTheEndOnceEnded() {
		assertThat(running(1, 2L, null).elapsedSeconds()).isEqualTo(65);
		assertThat(job(JobStatus.SUCCEEDED, 2, 2L, 1.0, START.plusSeconds(42)).elapsedSeconds()).isEqualTo(42);
		Job queued = new Job(1, "TEST_COUNT", JobStatus.QUEUED, 0, null, "rows", null, null, null, "ann", START, null,
				null, false, START.plusSeconds(5));
		assertThat(queued.elapsedSeconds()).isNull();
	}

	@Test
	void labelsEveryStatus() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
			messages.load(reader);
		}
		for (JobStatus status : JobStatus.values()) {
			assertThat(messages).containsKey("JobStatus." + status.name());
		}
		assertThat(messages).containsKey(JobType.of("ANY").unitKey());
	}

	@Test
	void acceptsOnlyTypeNamesThatMakeMessageKeys() {
		assertThat(JobType.of("GENERATE_DEMO_DATA", "customers").labelKey()).isEqualTo("jobType.GENERATE_DEMO_DATA");
		assertThatThrownBy(() -> JobType.of("generate demo data")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> JobType.of("IMPORT", "Rows")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void acceptsOnlyResultLinksWithinFinSeg() {
		assertThat(JobOutcome.succeeded("jobs.message.succeeded").withResultLink("/segments/12").resultLink())
			.isEqualTo("/segments/12");
		assertThatThrownBy(() -> JobOutcome.succeeded("jobs.message.succeeded").withResultLink("https://evil.test"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> JobOutcome.succeeded("jobs.message.succeeded").withResultLink("//evil.test"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Job running(long done, Long total, Double rate) {
		return new Job(1, "TEST_COUNT", JobStatus.RUNNING, done, total, "rows", rate, null, null, "ann", START, START,
				null, false, START.plusSeconds(65));
	}

	private static Job job(JobStatus status, long done, Long total, Double rate, LocalDateTime finishedAt) {
		return new Job(1, "TEST_COUNT", status, done, total, "rows", rate, null, null, "ann", START, START,
				finishedAt, false, START.plusSeconds(65));
	}

}
