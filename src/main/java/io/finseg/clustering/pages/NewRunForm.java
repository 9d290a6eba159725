package io.finseg.clustering.pages;

import java.util.List;

import io.finseg.clustering.Algorithm;
import io.finseg.clustering.ClusteringFeatures;
import io.finseg.clustering.RunParameters;

/**
 * The new-run form: population ("" for everyone, else a segment id), algorithm, a given k or a
 * range to choose from, features, sample size, seed and iteration cap.
 */
public record NewRunForm(Long segmentId, Algorithm algorithm, Boolean chooseK, Integer k, Integer kMin, Integer kMax,
		List<String> features, Integer sampleSize, Long seed, Integer maxIterations) {

	public NewRunForm {
		features = features == null ? List.of() : List.copyOf(features);
	}

	static NewRunForm defaults(long seed, int sampleSize, int maxIterations) {
		return new NewRunForm(null, Algorithm.KMEANS, true, 5, RunParameters.SMALLEST_K, RunParameters.LARGEST_K,
				ClusteringFeatures.DEFAULTS, sampleSize, seed, maxIterations);
	}

	public boolean uses(String column) {
		return features.contains(column);
	}

	RunParameters toParameters() {
		return new RunParameters(algorithm == null ? Algorithm.KMEANS : algorithm, Boolean.TRUE.equals(chooseK) ? null : orZero(k),
				Boolean.TRUE.equals(chooseK) ? kMin : null, Boolean.TRUE.equals(chooseK) ? kMax : null, features, segmentId, orZero(sampleSize),
				seed == null ? 0 : seed, orZero(maxIterations));
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

}
