package io.finseg.clustering.run;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.finseg.clustering.ClusterLabeler;
import io.finseg.clustering.ClusterRunRepository;
import io.finseg.clustering.ClusteringFeatures;
import io.finseg.clustering.ClusteringJson;
import io.finseg.clustering.FeatureProfile;
import io.finseg.clustering.FeatureSummary;
import io.finseg.clustering.Population;
import io.finseg.clustering.RunCluster;
import io.finseg.clustering.RunParameters;
import io.finseg.clustering.RunResult;
import io.finseg.clustering.RunStatus;
import io.finseg.clustering.RunWork;
import io.finseg.clustering.WekaSettings;
import io.finseg.jobs.JobContext;
import io.finseg.jobs.JobOutcome;

/**
 * One run from start to end: reads a random sample (one pass), standardises it, trains, then
 * assigns every customer of the population in streaming batches (second pass), writing the
 * assignments and summing up the profiles as it goes. The run becomes COMPLETED only at the end,
 * in one short transaction; a cancelled or failed run has its assignments removed.
 */
@Component
class ClusteringWork implements RunWork {

	private static final Logger log = LoggerFactory.getLogger(ClusteringWork.class);

	private final ClusterRunRepository runs;

	private final FeatureRows rows;

	private final ClusteringFeatures features;

	private final Trainer trainer;

	private final ClusterLabeler labeler;

	private final WekaSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ClusteringWork(ClusterRunRepository runs, FeatureRows rows, ClusteringFeatures features, Trainer trainer,
			ClusterLabeler labeler, WekaSettings settings, TransactionTemplate transaction, Clock clock) {
		this.runs = runs;
		this.rows = rows;
		this.features = features;
		this.trainer = trainer;
		this.labeler = labeler;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public JobOutcome run(long runId, RunParameters parameters, Population population, JobContext context) throws Exception {
		long started = System.nanoTime();
		long total = rows.count(population);
		runs.markRunning(runId, total);
		context.message("clustering.job.sampling", Math.min(total, parameters.sampleSize()));
		Sample sample = new Sample(parameters.sampleSize(), parameters.seed());
		long[] read = { 0 };
		rows.forEachBatch(population, parameters.features(), settings.batchSize(), batch -> {
			sample.offer(batch);
			read[0] += batch.size();
			context.progress(read[0], total);
			return !context.isCancelRequested();
		});
		context.throwIfCancelled();
		if (sample.size() < 2) {
			throw new IllegalStateException("Run " + runId + ": too few customers to cluster");
		}
		long sampled = System.nanoTime();
		Scaling scaling = Scaling.fit(parameters.features(), features, sample.rows());
		double[][] standardised = scaling.standardiseAll(sample.rows());
		context.message("clustering.job.training", sample.size());
		Trainer.Outcome outcome = trainer.train(parameters, standardised, context);
		ClusterModel model = outcome.training().model();
		context.throwIfCancelled();
		long trained = System.nanoTime();
		context.message("clustering.job.assigning", model.clusters());
		ProfileAccumulator profiles = new ProfileAccumulator(scaling, model.clusters());
		long[] assigned = { 0 };
		rows.forEachBatch(population, parameters.features(), settings.batchSize(), batch -> {
			int[] clusters = new int[batch.size()];
			for (int i = 0; i < batch.size(); i++) {
				clusters[i] = model.assign(scaling.standardise(batch.values()[i]));
				profiles.add(batch.values()[i], clusters[i]);
			}
			transaction.executeWithoutResult(status -> runs.insertAssignments(runId, batch.customerIds(), clusters));
			assigned[0] += batch.size();
			context.progress(assigned[0], total);
			return !context.isCancelRequested();
		});
		context.throwIfCancelled();
		long assignedAt = System.nanoTime();
		complete(runId, sample.size(), scaling, outcome, profiles);
		log.info("Clustering run {}: {} customers in {} clusters; sampling pass {} ms, training on {} customers {} ms "
				+ "(Weka alone {} ms), assigning and writing pass {} ms, completing {} ms, {} ms in all", runId, assigned[0],
				model.clusters(), millis(started, sampled), sample.size(), millis(sampled, trained), outcome.millis(),
				millis(trained, assignedAt), millis(assignedAt, System.nanoTime()), millis(started, System.nanoTime()));
		return JobOutcome.succeeded("clustering.job.done", assigned[0], model.clusters())
			.withResultLink("/clustering/" + runId);
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private void complete(long runId, int sampleTaken, Scaling scaling, Trainer.Outcome outcome,
			ProfileAccumulator profiles) {
		List<FeatureSummary> summaries = new ArrayList<>();
		for (int f = 0; f < scaling.features().size(); f++) {
			FeatureScale scale = scaling.features().get(f);
			summaries.add(new FeatureSummary(scale.column(), scale.transform(), scale.mean(), scale.sd(), scale.missing(),
					profiles.populationRawMean(f)));
		}
		List<RunCluster> clusters = new ArrayList<>();
		for (int c = 0; c < profiles.clusters(); c++) {
			List<FeatureProfile> profile = profiles.profile(c);
			clusters.add(new RunCluster(runId, c, profiles.size(c), labeler.label(profile), false, ClusteringJson.write(profile)));
		}
		RunResult result = new RunResult(profiles.clusters(), sampleTaken, outcome.wcss(), outcome.silhouette(),
				ClusteringJson.write(outcome.scores()), ClusteringJson.write(summaries), outcome.millis());
		transaction.executeWithoutResult(status -> {
			runs.recordTraining(runId, result);
			runs.insertClusters(runId, clusters);
			runs.finish(runId, RunStatus.COMPLETED, LocalDateTime.now(clock));
		});
	}

}
