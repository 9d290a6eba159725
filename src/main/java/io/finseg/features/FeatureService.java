package io.finseg.features;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.finseg.customer.CustomerDataChanged;
import io.finseg.customer.CustomerTableCounts;
import io.finseg.jobs.Job;
import io.finseg.jobs.JobOutcome;
import io.finseg.jobs.JobType;
import io.finseg.jobs.Jobs;

/**
 * Starts feature rebuilds as jobs: on demand, after customer data changed (generation, import)
 * and nightly. Only one runs at a time; asking again while one runs returns that one.
 */
@Service
public class FeatureService {

	public static final JobType JOB_TYPE = JobType.of("REBUILD_FEATURES", "steps");

	private final FeatureRebuild rebuild;

	private final FeatureTables tables;

	private final Jobs jobs;

	private final CustomerTableCounts tableCounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final boolean rebuildOnDataChange;

	FeatureService(FeatureRebuild rebuild, FeatureTables tables, Jobs jobs, CustomerTableCounts tableCounts,
			ApplicationEventPublisher events, Clock clock,
			@Value("${finseg.features.rebuild-on-data-change:true}") boolean rebuildOnDataChange) {
		this.rebuild = rebuild;
		this.tables = tables;
		this.jobs = jobs;
		this.tableCounts = tableCounts;
		this.events = events;
		this.clock = clock;
		this.rebuildOnDataChange = rebuildOnDataChange;
	}

	public FeatureSnapshot current() {
		return tables.current();
	}

	/** The rebuild running now, if any. */
	public Optional<Job> running() {
		return jobs.runningOfType(JOB_TYPE.name());
	}

	/** Starts a rebuild as of today, or returns the one already running. */
	public synchronized long startRebuild(String startedBy) {
		return startRebuild(LocalDate.now(clock), startedBy);
	}

	public synchronized long startRebuild(LocalDate asOf, String startedBy) {
		Optional<Job> running = running();
		if (running.isPresent()) {
			return running.get().id();
		}
		return jobs.start(JOB_TYPE, startedBy, context -> {
			context.message("features.job.building", asOf);
			long customers = rebuild.rebuild(asOf, new FeatureRebuild.Listener() {
				@Override
				public void chunkDone(long done, long total) {
					context.progress(done, total);
				}

				@Override
				public boolean stopRequested() {
					return context.isCancelRequested();
				}
			});
			if (customers < 0) {
				return JobOutcome.cancelled("features.job.cancelled");
			}
			tableCounts.refresh();
			events.publishEvent(new FeaturesRebuilt(asOf, customers));
			return JobOutcome.succeeded("features.job.done", customers, asOf).withResultLink("/");
		});
	}

	@EventListener
	void on(CustomerDataChanged event) {
		if (rebuildOnDataChange) {
			startRebuild("system");
		}
	}

	@Scheduled(cron = "${finseg.features.nightly-cron:0 30 2 * * *}")
	void nightly() {
		startRebuild("system");
	}

}
