package io.finseg.clustering;

import java.util.List;

/**
 * What a run clusters and how: the algorithm, a given k or a range to choose k from, the feature
 * columns, the population (a segment, or everyone when {@code segmentId} is null), the largest
 * training sample, the seed and the iteration cap.
 */
public record RunParameters(Algorithm algorithm, Integer k, Integer kMin, Integer kMax, List<String> features,
		Long segmentId, int sampleSize, long seed, int maxIterations) {

	public static final int SMALLEST_K = 2;

	public static final int LARGEST_K = 12;

	public RunParameters {
		features = List.copyOf(features);
	}

	public boolean choosesK() {
		return k == null;
	}

}
