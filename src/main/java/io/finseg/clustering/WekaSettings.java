package io.finseg.clustering;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weka options (docs/clustering.md): k-means++ or random initialisation, Weka's faster distance
 * calculation (stops summing once a distance exceeds the best so far), worker threads, and the
 * sizes of the sample, the silhouette sub-sample and the read and write batches.
 */
@ConfigurationProperties("finseg.clustering")
public record WekaSettings(Boolean kmeansPlusPlus, Boolean fastDistance, Integer threads, Integer maxIterations,
		Integer sampleSize, Integer silhouetteSample, Integer batchSize) {

	public WekaSettings {
		kmeansPlusPlus = kmeansPlusPlus == null || kmeansPlusPlus;
		fastDistance = fastDistance == null || fastDistance;
		threads = threads == null ? 1 : Math.max(1, threads);
		maxIterations = maxIterations == null ? 500 : maxIterations;
		sampleSize = sampleSize == null ? 100_000 : sampleSize;
		silhouetteSample = silhouetteSample == null ? 2_000 : silhouetteSample;
		batchSize = batchSize == null ? 5_000 : batchSize;
	}

}
