package io.finseg.clustering;

/**
 * One feature of one cluster: the cluster's mean in original units (empty when no member has a
 * value) and how far it sits from the population, in population standard deviations of the
 * transformed feature.
 */
public record FeatureProfile(String column, Double mean, double z) {
}
