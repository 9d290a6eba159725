package io.finseg.segmentindex;

import java.time.Duration;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.features.FeaturesRebuilt;
import io.finseg.jobs.Job;
import io.finseg.jobs.JobOutcome;
import io.finseg.jobs.JobType;
import io.finseg.jobs.Jobs;

/**
 * Builds the segment index as a job: at start-up, after every feature build, and whenever the
 * features pointer names a snapshot the index does not hold (another instance switched it). Each
 * instance builds its own index from the pointer they share. Before a build the heap is checked:
 * an index that would not fit is not built, said in the log and on /admin/jobs, and SQL counts.
 */
@Component
class IndexBuilds {

	static final JobType JOB_TYPE = JobType.of("BUILD_SEGMENT_INDEX", "customers");

	private static final Logger log = LoggerFactory.getLogger(IndexBuilds.class);

	private static final long MIN_RESERVE = 256L << 20;

	private final SegmentIndex index;

	private final IndexLoader loader;

	private final FeatureService features;

	private final Jobs jobs;

	private final long assumedBytesPerCustomer;

	private volatile IndexStatus status;

	private volatile long measuredBytesPerCustomer;

	private Long runningJob;

	private String lastAttempt;

	IndexBuilds(SegmentIndex index, IndexLoader loader, FeatureService features, Jobs jobs,
			@Value("${finseg.segment-index.bytes-per-customer:160}") long assumedBytesPerCustomer) {
		this.index = index;
		this.loader = loader;
		this.features = features;
		this.jobs = jobs;
		this.assumedBytesPerCustomer = assumedBytesPerCustomer;
		this.status = IndexStatus.of(index.enabled() ? IndexStatus.State.WAITING : IndexStatus.State.OFF, maxHeap());
	}

	IndexStatus status() {
		return status;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		buildIfMissing(features.current());
	}

	/**
	 * Before anything else hears of the new features (the segment sizes recorded after a build,
	 * for one), the index of them is built, so those counts come from it too.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(FeaturesRebuilt event) throws InterruptedException {
		// A build of the previous snapshot may be running: wait for it, then build this one.
		for (int attempt = 0; attempt < 2; attempt++) {
			FeatureSnapshot snapshot = features.current();
			if (index.current().map(i -> i.holds(snapshot)).orElse(false)) {
				return;
			}
			Long job = build(snapshot);
			if (job == null) {
				return;
			}
			jobs.awaitEnd(job, Duration.ofMinutes(15));
		}
	}

	/** Starts a build of {@code snapshot} unless the index holds it, one runs, or this one was tried. */
	void buildIfMissing(FeatureSnapshot snapshot) {
		if (!index.enabled() || !snapshot.built() || index.current().map(i -> i.holds(snapshot)).orElse(false)) {
			return;
		}
		synchronized (this) {
			if (Objects.equals(lastAttempt, key(snapshot))) {
				return;
			}
		}
		build(snapshot);
	}

	/** The id of the build job of {@code snapshot} (a running one if any), or null when none starts. */
	synchronized Long build(FeatureSnapshot snapshot) {
		if (!index.enabled() || !snapshot.built()) {
			return null;
		}
		if (runningJob != null && jobs.find(runningJob).map(Job::isActive).orElse(false)) {
			return runningJob;
		}
		lastAttempt = key(snapshot);
		long needed = snapshot.customers() * bytesPerCustomer();
		long held = index.current().map(ColumnIndex::bytes).orElse(0L);
		long maxHeap = maxHeap();
		long reserve = Math.max(MIN_RESERVE, maxHeap / 4);
		if (needed + held + reserve > maxHeap) {
			log.warn("Segment index NOT built: {} customers need about {} MB, the index held now {} MB, and {} MB are kept "
					+ "for the rest of FinSeg, more than the {} MB max heap (-Xmx). Counts stay on SQL.",
					snapshot.customers(), needed >> 20, held >> 20, reserve >> 20, maxHeap >> 20);
			status = new IndexStatus(IndexStatus.State.TOO_BIG, 0, 0, snapshot.customers(), 0, 0, needed, maxHeap);
			return null;
		}
		status = new IndexStatus(IndexStatus.State.BUILDING, 0, snapshot.customers(), 0, 0, 0, needed, maxHeap);
		runningJob = jobs.start(JOB_TYPE, "system", context -> {
			context.message("segmentIndex.job.reading", snapshot.table().tableName());
			index.buildStarted();
			try {
				ColumnIndex built = loader.load(snapshot, new IndexLoader.Progress() {
					@Override
					public void rows(long done, long total) {
						context.progress(done, total);
						status = status.building(done, total);
					}

					@Override
					public boolean stopRequested() {
						return context.isCancelRequested();
					}
				});
				if (built == null) {
					index.buildEnded();
					status = IndexStatus.of(IndexStatus.State.FAILED, maxHeap);
					return JobOutcome.cancelled("segmentIndex.job.cancelled");
				}
				index.publish(built);
				long bytes = built.bytes();
				measuredBytesPerCustomer = built.rows() == 0 ? 0 : (bytes + built.rows() - 1) / built.rows();
				status = new IndexStatus(IndexStatus.State.READY, built.rows(), built.rows(), built.customers(), bytes,
						built.buildMillis(), needed, maxHeap);
				log.info("Segment index of {} customers built in {} ms: {} MB", built.rows(), built.buildMillis(), bytes >> 20);
				return JobOutcome.succeeded("segmentIndex.job.done", built.rows(), megabytes(bytes),
						built.buildMillis() / 1000.0);
			}
			catch (RuntimeException | Error failure) {
				index.buildEnded();
				status = IndexStatus.of(IndexStatus.State.FAILED, maxHeap);
				throw failure;
			}
		});
		return runningJob;
	}

	private long bytesPerCustomer() {
		long measured = measuredBytesPerCustomer;
		// A build leaves some capacity unused until trimmed: allow a quarter more than measured.
		return measured > 0 ? measured + measured / 4 : assumedBytesPerCustomer;
	}

	private static String key(FeatureSnapshot snapshot) {
		return snapshot.table().tableName() + "|" + snapshot.builtAt();
	}

	static long maxHeap() {
		return Runtime.getRuntime().maxMemory();
	}

	static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
	}

}
