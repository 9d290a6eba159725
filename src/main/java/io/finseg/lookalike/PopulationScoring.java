package io.finseg.lookalike;

import org.springframework.stereotype.Component;

import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.jobs.JobContext;

/**
 * Scores every customer of the active features with the chosen model and keeps the scores, so a
 * segment can select "customers the model scores at least N %" without the model in memory.
 */
@Component
class PopulationScoring {

	private static final int PROGRESS_EVERY = 10_000;

	private final ModelFeatureReader reader;

	private final LookalikeScoreRepository scores;

	private final FeatureService features;

	PopulationScoring(ModelFeatureReader reader, LookalikeScoreRepository scores, FeatureService features) {
		this.reader = reader;
		this.scores = scores;
		this.features = features;
	}

	record Scored(ScoreBands bands, FeatureSnapshot snapshot) {
	}

	Scored scoreEveryone(long modelId, LookalikeTrainer.Trained trained, JobContext context) {
		FeatureSnapshot snapshot = features.current();
		context.message("lookalike.job.scoring", snapshot.customers());
		ScoreBands.Tally tally = new ScoreBands.Tally();
		long[] done = { 0 };
		try (LookalikeScoreRepository.Writer writer = scores.writer(modelId)) {
			reader.forEach(trained.columns(), (customer, values) -> {
				double score = score(trained.scorer(), values);
				writer.add(customer, score);
				tally.add(score);
				if (++done[0] % PROGRESS_EVERY == 0) {
					context.progress(done[0], Math.max(done[0], snapshot.customers()));
					context.throwIfCancelled();
				}
			});
		}
		return new Scored(tally.bands(), snapshot);
	}

	private static double score(LookalikeTrainer.Scorer scorer, double[] values) {
		try {
			return scorer.score(values);
		}
		catch (Exception e) {
			throw new IllegalStateException("The model could not score a customer", e);
		}
	}

}
