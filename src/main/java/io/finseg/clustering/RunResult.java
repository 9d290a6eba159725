package io.finseg.clustering;

import org.springframework.modulith.NamedInterface;

/** What training found, before the assignment of the whole population. */
@NamedInterface(ClusteringWings.NAME)
public record RunResult(int clusters, int sampleTaken, Double wcss, Double silhouette, String kChoiceJson,
		String transformsJson, long trainingMillis) {
}
