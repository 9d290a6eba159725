package io.finseg.clustering.run;

/**
 * Customers read together: their ids and, per customer, the feature values in the run's column
 * order, {@code NaN} where a value is missing.
 */
public record FeatureBatch(long[] customerIds, double[][] values) {

	int size() {
		return customerIds.length;
	}

}
