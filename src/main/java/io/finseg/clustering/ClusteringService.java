package io.finseg.clustering;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.features.FeatureService;
import io.finseg.jobs.JobCancelledException;
import io.finseg.jobs.JobType;
import io.finseg.jobs.Jobs;
import io.finseg.segment.CompiledRule;
import io.finseg.segment.RuleException;
import io.finseg.segment.SegmentNotFoundException;
import io.finseg.segment.SegmentService;

/**
 * Starts clustering runs as jobs and answers what they found. A run that does not end
 * COMPLETED keeps no assignments: cancelled, failed, or cut off by a shutdown (then FAILED).
 */
@Service
public class ClusteringService {

	public static final JobType JOB_TYPE = JobType.of("CLUSTERING", "customers");

	private static final Logger log = LoggerFactory.getLogger(ClusteringService.class);

	static final int DELETE_RANGE = 50_000;

	private final ClusterRunRepository runs;

	private final RunWork work;

	private final ClusteringFeatures features;

	private final FeatureService featureService;

	private final SegmentService segments;

	private final Jobs jobs;

	private final AuditLog audit;

	private final Clock clock;

	ClusteringService(ClusterRunRepository runs, RunWork work, ClusteringFeatures features,
			FeatureService featureService, SegmentService segments, Jobs jobs, AuditLog audit, Clock clock) {
		this.runs = runs;
		this.work = work;
		this.features = features;
		this.featureService = featureService;
		this.segments = segments;
		this.jobs = jobs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the run and starts it as a job.
	 * @throws ClusteringException when the parameters cannot be run, with the reason for the page
	 */
	public long start(RunParameters parameters, String startedBy) {
		validate(parameters);
		Population population = population(parameters.segmentId());
		long runId = runs.insert(parameters, features.anyProtected(parameters.features()), startedBy, now());
		long jobId = jobs.start(JOB_TYPE, startedBy, context -> {
			try {
				return work.run(runId, parameters, population, context);
			}
			catch (JobCancelledException cancelled) {
				end(runId, cancelled.byShutdown() ? RunStatus.FAILED : RunStatus.CANCELLED);
				throw cancelled;
			}
			catch (Exception | Error failure) {
				end(runId, RunStatus.FAILED);
				throw failure;
			}
		});
		runs.attachJob(runId, jobId);
		audit.record(AuditAction.CLUSTERING_STARTED, "CLUSTER_RUN", runId, "algorithm=%s k=%s features=%d".formatted(
				parameters.algorithm(), parameters.choosesK() ? parameters.kMin() + "-" + parameters.kMax() : parameters.k(),
				parameters.features().size()));
		return runId;
	}

	@Transactional(readOnly = true)
	public ClusterRun get(long runId) {
		return runs.find(runId).orElseThrow(() -> new ClusterRunNotFoundException(runId));
	}

	@Transactional(readOnly = true)
	public List<ClusterRun> recent(int limit) {
		return runs.recent(limit);
	}

	public List<RunCluster> clusters(long runId) {
		return runs.clusters(runId);
	}

	/** Asks the run's job to stop; a job cancelled before it started never runs, so the run ends here. */
	public boolean cancel(long runId) {
		ClusterRun run = get(runId);
		if (!run.status().isActive() || run.jobId() == null || !jobs.requestCancel(run.jobId())) {
			return false;
		}
		if (!jobs.get(run.jobId()).isActive() && get(runId).status() == RunStatus.QUEUED) {
			end(runId, RunStatus.CANCELLED);
		}
		return true;
	}

	@Transactional
	public void changeLabel(long runId, int cluster, String label) {
		if (!runs.hasCluster(runId, cluster, RunStatus.COMPLETED)) {
			throw new ClusterRunNotFoundException(runId);
		}
		runs.updateLabel(runId, cluster, label);
		audit.record(AuditAction.CLUSTER_LABEL_CHANGED, "CLUSTER_RUN", runId, "cluster=" + (cluster + 1));
	}

	/** Customers per pair of clusters (a, b) of two runs, over the customers both assigned. */
	@Transactional(readOnly = true)
	public List<long[]> crossCounts(long runA, long runB) {
		return runs.crossCounts(runA, runB);
	}

	/** Customers assigned by a run (0 unless it completed). */
	@Transactional(readOnly = true)
	public long assignments(long runId) {
		return runs.assignments(runId);
	}

	/** Removes the run's assignments, then records how it ended: never a partial run as complete. */
	void end(long runId, RunStatus status) {
		try {
			runs.deleteAssignments(runId, DELETE_RANGE);
			runs.finish(runId, status, now());
		}
		catch (RuntimeException e) {
			log.error("Could not tidy up clustering run {}; the next start does", runId, e);
		}
	}

	private Population population(Long segmentId) {
		String table = featureService.current().table().tableName();
		if (segmentId == null) {
			return new Population(table, "1 = 1", Map.of());
		}
		try {
			CompiledRule rule = segments.compiledCondition(segmentId);
			return new Population(table, rule.condition(), rule.parameters());
		}
		catch (SegmentNotFoundException | RuleException unusable) {
			throw new ClusteringException("clustering.problem.segment");
		}
	}

	private void validate(RunParameters parameters) {
		if (parameters.features().isEmpty()) {
			throw new ClusteringException("clustering.problem.noFeatures");
		}
		for (String column : parameters.features()) {
			if (features.find(column).isEmpty()) {
				throw new ClusteringException("clustering.problem.unknownFeature", column);
			}
		}
		if (parameters.choosesK()) {
			if (parameters.algorithm() == Algorithm.EM) {
				throw new ClusteringException("clustering.problem.emChoosesNoK");
			}
			if (parameters.kMin() == null || parameters.kMax() == null || parameters.kMin() < RunParameters.SMALLEST_K
					|| parameters.kMax() > RunParameters.LARGEST_K || parameters.kMin() >= parameters.kMax()) {
				throw new ClusteringException("clustering.problem.kRange", RunParameters.SMALLEST_K, RunParameters.LARGEST_K);
			}
		}
		else if (parameters.k() < RunParameters.SMALLEST_K || parameters.k() > RunParameters.LARGEST_K) {
			throw new ClusteringException("clustering.problem.k", RunParameters.SMALLEST_K, RunParameters.LARGEST_K);
		}
		if (parameters.sampleSize() < 100 || parameters.sampleSize() > 1_000_000) {
			throw new ClusteringException("clustering.problem.sampleSize");
		}
		if (parameters.maxIterations() < 1 || parameters.maxIterations() > 10_000) {
			throw new ClusteringException("clustering.problem.iterations");
		}
		if (!featureService.current().built()) {
			throw new ClusteringException("clustering.problem.noFeaturesBuilt");
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

}
