package io.finseg.clustering;

/** What training found, before the assignment of the whole population. */
public record RunResult(int clusters, int sampleTaken, Double wcss, Double silhouette, String kChoiceJson,
		String transformsJson, long trainingMillis) {
}
