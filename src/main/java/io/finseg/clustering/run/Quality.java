package io.finseg.clustering.run;

import java.util.SplittableRandom;

/**
 * How good a clustering of the sample is: the within-cluster sum of squares (lower is tighter,
 * always falls as k grows) and the mean silhouette of a sub-sample (−1 to 1, higher is better
 * separated; it can pick k). Weka has no silhouette, hence this class.
 */
final class Quality {

	private Quality() {
	}

	static double squaredDistance(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			double d = a[i] - b[i];
			sum += d * d;
		}
		return sum;
	}

	/** Sum over all points of the squared distance to the mean of their cluster. */
	static double wcss(double[][] points, int[] labels, int clusters) {
		int dimensions = points.length == 0 ? 0 : points[0].length;
		double[][] means = new double[clusters][dimensions];
		long[] counts = new long[clusters];
		for (int i = 0; i < points.length; i++) {
			counts[labels[i]]++;
			for (int d = 0; d < dimensions; d++) {
				means[labels[i]][d] += points[i][d];
			}
		}
		for (int c = 0; c < clusters; c++) {
			for (int d = 0; d < dimensions && counts[c] > 0; d++) {
				means[c][d] /= counts[c];
			}
		}
		double sum = 0;
		for (int i = 0; i < points.length; i++) {
			sum += squaredDistance(points[i], means[labels[i]]);
		}
		return sum;
	}

	/**
	 * Mean silhouette over a random sub-sample of at most {@code size} points (quadratic in it):
	 * for each point, (b − a) / max(a, b) with a the mean distance to its own cluster and b the
	 * smallest mean distance to another cluster; 0 for a point alone in its cluster.
	 */
	static double silhouette(double[][] points, int[] labels, int clusters, int size, long seed) {
		int[] chosen = subSample(points.length, size, seed);
		if (clusters < 2 || chosen.length < 2) {
			return 0;
		}
		double total = 0;
		for (int i : chosen) {
			double[] sums = new double[clusters];
			int[] counts = new int[clusters];
			for (int j : chosen) {
				if (i != j) {
					sums[labels[j]] += Math.sqrt(squaredDistance(points[i], points[j]));
					counts[labels[j]]++;
				}
			}
			int own = labels[i];
			if (counts[own] == 0) {
				continue;
			}
			double a = sums[own] / counts[own];
			double b = Double.POSITIVE_INFINITY;
			for (int c = 0; c < clusters; c++) {
				if (c != own && counts[c] > 0) {
					b = Math.min(b, sums[c] / counts[c]);
				}
			}
			if (b != Double.POSITIVE_INFINITY && Math.max(a, b) > 0) {
				total += (b - a) / Math.max(a, b);
			}
		}
		return total / chosen.length;
	}

	private static int[] subSample(int population, int size, long seed) {
		int[] all = new int[population];
		for (int i = 0; i < population; i++) {
			all[i] = i;
		}
		SplittableRandom random = new SplittableRandom(seed);
		int taken = Math.min(size, population);
		for (int i = 0; i < taken; i++) {
			int j = i + random.nextInt(population - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		return java.util.Arrays.copyOf(all, taken);
	}

}
