package io.finseg.clustering.run;

import io.finseg.clustering.Transform;

/**
 * How one feature is prepared for clustering: transformed, then standardised with the mean and
 * standard deviation of the training sample (after the transform). A missing value becomes the
 * mean, i.e. 0 once standardised.
 *
 * @param missing customers of the sample without a value
 */
public record FeatureScale(String column, Transform transform, double mean, double sd, long missing) {

	public double standardise(double raw) {
		double value = transform.apply(raw);
		if (Double.isNaN(value)) {
			return 0;
		}
		return sd > 0 ? (value - mean) / sd : 0;
	}

	/** From the raw values of the sample for this feature ({@code NaN} where missing). */
	static FeatureScale of(String column, Transform transform, double[][] sample, int index) {
		double sum = 0;
		double squares = 0;
		long present = 0;
		for (double[] row : sample) {
			double value = transform.apply(row[index]);
			if (!Double.isNaN(value)) {
				sum += value;
				squares += value * value;
				present++;
			}
		}
		double mean = present == 0 ? 0 : sum / present;
		double variance = present < 2 ? 0 : Math.max(0, (squares - present * mean * mean) / (present - 1));
		return new FeatureScale(column, transform, mean, Math.sqrt(variance), sample.length - present);
	}

}
