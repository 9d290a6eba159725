package io.finseg.clustering.run;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.finseg.clustering.KScore;
import io.finseg.clustering.RunParameters;
import io.finseg.clustering.WekaSettings;
import io.finseg.jobs.JobContext;

/**
 * Trains on the standardised sample: a given k, or each k of a range with the k of the best
 * silhouette chosen. Measures WCSS and silhouette the same way for every algorithm.
 */
@Component
class Trainer {

	private final WekaTrainer weka;

	private final WekaSettings settings;

	Trainer(WekaTrainer weka, WekaSettings settings) {
		this.weka = weka;
		this.settings = settings;
	}

	/** The model of the chosen k, its quality, and every k tried (one entry for a given k). */
	record Outcome(WekaTrainer.Training training, double wcss, double silhouette, List<KScore> scores, long millis) {
	}

	Outcome train(RunParameters parameters, double[][] sample, JobContext context) throws Exception {
		if (!parameters.choosesK()) {
			WekaTrainer.Training training = weka.train(parameters.algorithm(), parameters.k(), sample, parameters.seed(),
					parameters.maxIterations());
			KScore score = score(parameters.k(), training, sample, parameters.seed());
			return new Outcome(training, score.wcss(), score.silhouette(), List.of(score), training.millis());
		}
		List<KScore> scores = new ArrayList<>();
		WekaTrainer.Training best = null;
		KScore bestScore = null;
		long millis = 0;
		for (int k = parameters.kMin(); k <= parameters.kMax(); k++) {
			context.throwIfCancelled();
			context.message("clustering.job.tryingK", k, parameters.kMin(), parameters.kMax());
			WekaTrainer.Training training = weka.train(parameters.algorithm(), k, sample, parameters.seed(),
					parameters.maxIterations());
			millis += training.millis();
			KScore score = score(k, training, sample, parameters.seed());
			scores.add(score);
			if (bestScore == null || score.silhouette() > bestScore.silhouette()) {
				best = training;
				bestScore = score;
			}
		}
		return new Outcome(best, bestScore.wcss(), bestScore.silhouette(), scores, millis);
	}

	private KScore score(int k, WekaTrainer.Training training, double[][] sample, long seed) {
		int clusters = training.model().clusters();
		double wcss = Quality.wcss(sample, training.sampleAssignments(), clusters);
		double silhouette = Quality.silhouette(sample, training.sampleAssignments(), clusters, settings.silhouetteSample(), seed);
		return new KScore(k, wcss, silhouette);
	}

}
