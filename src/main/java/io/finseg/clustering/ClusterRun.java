package io.finseg.clustering;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A clustering run as stored: its parameters, who ran it and when, how it ended and its quality.
 * {@code clusterCount} is empty while k is still being chosen.
 */
public record ClusterRun(long id, Algorithm algorithm, Integer clusterCount, Integer kMin, Integer kMax,
		List<String> features, Long populationSegmentId, Long populationSize, int sampleSize, Integer sampleTaken,
		long seed, int maxIterations, RunStatus status, Long jobId, BigDecimal wcss, BigDecimal silhouette,
		String kChoiceJson, String transformsJson, boolean trainedOnProtected, Long trainingMillis, String createdBy,
		LocalDateTime createdAt, LocalDateTime finishedAt) {

	public ClusterRun {
		features = List.copyOf(features);
	}

	public boolean choosesK() {
		return kMin != null && kMax != null;
	}

	public boolean completed() {
		return status == RunStatus.COMPLETED;
	}

	public String statusLabelKey() {
		return "RunStatus." + status.name();
	}

	public String algorithmLabelKey() {
		return "Algorithm." + algorithm.name();
	}

}
