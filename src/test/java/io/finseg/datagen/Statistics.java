package io.finseg.datagen;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/** The little statistics the generator's tests need. */
final class Statistics {

	private Statistics() {
	}

	static <T> double spearman(List<T> items, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
		return pearson(ranks(items.stream().mapToDouble(x).toArray()), ranks(items.stream().mapToDouble(y).toArray()));
	}

	static <T> double mean(List<T> items, ToDoubleFunction<T> value) {
		return items.stream().mapToDouble(value).average().orElse(Double.NaN);
	}

	static <T> double standardDeviation(List<T> items, ToDoubleFunction<T> value) {
		double mean = mean(items, value);
		double sum = items.stream().mapToDouble(value).map(v -> (v - mean) * (v - mean)).sum();
		return Math.sqrt(sum / Math.max(1, items.size() - 1));
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** Ranks from 1, ties sharing their average rank. */
	static double[] ranks(double[] values) {
		Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
		double[] ranks = new double[values.length];
		int start = 0;
		while (start < order.length) {
			int end = start;
			while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
				end++;
			}
			double rank = (start + end) / 2.0 + 1;
			for (int i = start; i <= end; i++) {
				ranks[order[i]] = rank;
			}
			start = end + 1;
		}
		return ranks;
	}

	private static double pearson(double[] x, double[] y) {
		double meanX = Arrays.stream(x).average().orElse(0);
		double meanY = Arrays.stream(y).average().orElse(0);
		double covariance = 0;
		double varianceX = 0;
		double varianceY = 0;
		for (int i = 0; i < x.length; i++) {
			covariance += (x[i] - meanX) * (y[i] - meanY);
			varianceX += (x[i] - meanX) * (x[i] - meanX);
			varianceY += (y[i] - meanY) * (y[i] - meanY);
		}
		return covariance / Math.sqrt(varianceX * varianceY);
	}

}
