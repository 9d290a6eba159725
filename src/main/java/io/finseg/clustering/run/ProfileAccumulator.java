package io.finseg.clustering.run;

import java.util.ArrayList;
import java.util.List;

import io.finseg.clustering.FeatureProfile;

/**
 * Sums up the population while it is assigned, batch by batch, in memory that depends only on
 * the number of clusters and features: per cluster its size and feature sums, for the profile in
 * original units and the distance from the population in standard deviations.
 */
final class ProfileAccumulator {

	private final Scaling scaling;

	private final long[] sizes;

	private final double[][] rawSums;

	private final long[][] rawCounts;

	private final double[][] transformedSums;

	private final double[] populationSums;

	private final double[] populationSquares;

	private final long[] populationCounts;

	ProfileAccumulator(Scaling scaling, int clusters) {
		int features = scaling.features().size();
		this.scaling = scaling;
		this.sizes = new long[clusters];
		this.rawSums = new double[clusters][features];
		this.rawCounts = new long[clusters][features];
		this.transformedSums = new double[clusters][features];
		this.populationSums = new double[features];
		this.populationSquares = new double[features];
		this.populationCounts = new long[features];
	}

	void add(double[] raw, int cluster) {
		sizes[cluster]++;
		for (int f = 0; f < raw.length; f++) {
			double value = scaling.features().get(f).transform().apply(raw[f]);
			if (Double.isNaN(value)) {
				continue;
			}
			rawSums[cluster][f] += raw[f];
			rawCounts[cluster][f]++;
			transformedSums[cluster][f] += value;
			populationSums[f] += value;
			populationSquares[f] += value * value;
			populationCounts[f]++;
		}
	}

	long size(int cluster) {
		return sizes[cluster];
	}

	int clusters() {
		return sizes.length;
	}

	/** Per feature of the cluster: mean in original units and its z-score against the population. */
	List<FeatureProfile> profile(int cluster) {
		List<FeatureProfile> profile = new ArrayList<>();
		for (int f = 0; f < populationSums.length; f++) {
			String column = scaling.features().get(f).column();
			if (rawCounts[cluster][f] == 0) {
				profile.add(new FeatureProfile(column, null, 0));
				continue;
			}
			double mean = transformedSums[cluster][f] / rawCounts[cluster][f];
			double sd = populationSd(f);
			double z = sd > 0 ? (mean - populationMean(f)) / sd : 0;
			profile.add(new FeatureProfile(column, rawSums[cluster][f] / rawCounts[cluster][f], z));
		}
		return profile;
	}

	/** The population's mean of each feature in original units, or null where nobody has a value. */
	Double populationRawMean(int feature) {
		double sum = 0;
		long count = 0;
		for (int c = 0; c < sizes.length; c++) {
			sum += rawSums[c][feature];
			count += rawCounts[c][feature];
		}
		return count == 0 ? null : sum / count;
	}

	private double populationMean(int f) {
		return populationCounts[f] == 0 ? 0 : populationSums[f] / populationCounts[f];
	}

	private double populationSd(int f) {
		long n = populationCounts[f];
		if (n < 2) {
			return 0;
		}
		double mean = populationMean(f);
		return Math.sqrt(Math.max(0, (populationSquares[f] - n * mean * mean) / (n - 1)));
	}

}
