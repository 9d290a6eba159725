package io.finseg.jobs;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A job still queued or running when FinSeg starts was interrupted by the restart: no thread
 * works on it any more. It is marked failed before anything (a runner, the first request) can
 * start a new job, and after Liquibase has run, since every singleton exists by then.
 * <p>
 * This assumes one FinSeg instance per database, as DESIGN.md §8 does.
 */
@Component
class RestartCleanup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(RestartCleanup.class);

	private final JobRepository repository;

	private final JobMessages messages;

	private final Clock clock;

	RestartCleanup(JobRepository repository, JobMessages messages, Clock clock) {
		this.repository = repository;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		failInterruptedJobs();
	}

	int failInterruptedJobs() {
		int failed = repository.failAllActive(messages.text("jobs.message.interrupted"), LocalDateTime.now(clock));
		if (failed > 0) {
			log.warn("Marked {} job(s) as failed: they were interrupted by a restart", failed);
		}
		return failed;
	}

}
