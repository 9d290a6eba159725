package io.finseg.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A job whose database went away: it fails with a message that says so, and its end is recorded
 * once the database answers again instead of the job reading as running until the next restart.
 */
class JobEndWithoutDatabaseTest {

	@Test
	void recordsTheEndOnceTheDatabaseIsBackAndSaysWhyTheJobStopped() {
		RecordingRepository repository = new RecordingRepository(1);
		JobRun run = new JobRun(7, JobType.of("TEST_DATABASE_GONE"), context -> {
			throw new RecoverableDataAccessException("Communications link failure");
		}, repository, messages(), Clock.systemUTC(), () -> {
		});

		run.run();

		assertThat(repository.attempts).as("one refused attempt, then recorded").isEqualTo(2);
		assertThat(repository.ends).containsExactly("FAILED: the database stopped answering");
	}

	@Test
	void anyOtherFailureIsTheUnexpectedOne() {
		RecordingRepository repository = new RecordingRepository(0);
		new JobRun(8, JobType.of("TEST_BROKEN"), context -> {
			throw new IllegalStateException("a bug");
		}, repository, messages(), Clock.systemUTC(), () -> {
		}).run();

		assertThat(repository.ends).containsExactly("FAILED: unexpected");
	}

	private static JobMessages messages() {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage("jobs.message.databaseUnavailable", JobMessages.LOCALE, "the database stopped answering");
		source.addMessage("jobs.message.failed", JobMessages.LOCALE, "unexpected");
		return new JobMessages(source);
	}

	/** The job table, refusing the first {@code refusals} attempts to record an end as if the database were gone. */
	private static final class RecordingRepository extends JobRepository {

		private int refusals;

		private int attempts;

		private final List<String> ends = new ArrayList<>();

		RecordingRepository(int refusals) {
			super(null, Clock.systemUTC());
			this.refusals = refusals;
		}

		@Override
		boolean markRunning(long id, LocalDateTime startedAt) {
			return true;
		}

		@Override
		void finish(long id, JobStatus status, long done, Long total, Double rate, String message, String resultLink,
				LocalDateTime finishedAt) {
			attempts++;
			if (refusals-- > 0) {
				throw new CannotGetJdbcConnectionException("Connection refused");
			}
			ends.add(status + ": " + message);
		}

	}

}
