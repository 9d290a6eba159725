package io.finseg.clustering;

/**
 * One feature of a run as the run page explains it: its transform, the sample's mean and standard
 * deviation after the transform (used to standardise), how many sample values were missing (they
 * count as the mean), and the population's mean in original units.
 */
public record FeatureSummary(String column, Transform transform, double mean, double sd, long missing,
		Double populationMean) {
}
