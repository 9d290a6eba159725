package io.finseg.clustering;

import java.util.HashMap;
import java.util.Map;

/** How well two labellings of the same items agree, corrected for chance: 1 identical, ~0 random. */
final class AdjustedRandIndex {

	private AdjustedRandIndex() {
	}

	static double of(int[] a, int[] b) {
		Map<Long, Long> pairs = new HashMap<>();
		Map<Integer, Long> rows = new HashMap<>();
		Map<Integer, Long> columns = new HashMap<>();
		for (int i = 0; i < a.length; i++) {
			pairs.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1L, Long::sum);
			rows.merge(a[i], 1L, Long::sum);
			columns.merge(b[i], 1L, Long::sum);
		}
		double index = pairs.values().stream().mapToDouble(AdjustedRandIndex::choose2).sum();
		double rowSum = rows.values().stream().mapToDouble(AdjustedRandIndex::choose2).sum();
		double columnSum = columns.values().stream().mapToDouble(AdjustedRandIndex::choose2).sum();
		double expected = rowSum * columnSum / choose2(a.length);
		double max = (rowSum + columnSum) / 2;
		return max == expected ? 1 : (index - expected) / (max - expected);
	}

	private static double choose2(long n) {
		return n * (n - 1) / 2.0;
	}

}
