package io.finseg.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The three RFM measures of every customer of a build, collected chunk by chunk as the fill
 * writes them (from any of the fill's threads), so that the cut points come from memory instead
 * of three sorted passes over the new table. 24 bytes a customer: 24 MB for a million.
 */
final class RfmMeasures {

	private long[] recency = new long[1024];

	private long[] frequency = new long[1024];

	/** tx_sum_365d in cents (the column has two decimals). */
	private long[] monetaryCents = new long[1024];

	private int size;

	synchronized void add(long daysSinceLastTx, long txCount365, BigDecimal txSum365) {
		if (size == recency.length) {
			recency = Arrays.copyOf(recency, size * 2);
			frequency = Arrays.copyOf(frequency, size * 2);
			monetaryCents = Arrays.copyOf(monetaryCents, size * 2);
		}
		recency[size] = daysSinceLastTx;
		frequency[size] = txCount365;
		monetaryCents[size] = txSum365.movePointRight(2).longValueExact();
		size++;
	}

	synchronized int size() {
		return size;
	}

	/** The values at 20, 40, 60 and 80 % of the ascending order of each measure, as {@link RfmScoring} uses them. */
	synchronized RfmScoring.CutPoints cutPoints() {
		return new RfmScoring.CutPoints(quintiles(recency, 0), quintiles(frequency, 0), quintiles(monetaryCents, 2));
	}

	private List<BigDecimal> quintiles(long[] values, int scale) {
		long[] sorted = Arrays.copyOf(values, size);
		Arrays.sort(sorted);
		List<BigDecimal> cuts = new ArrayList<>(4);
		for (int k = 1; k <= 4; k++) {
			int index = (int) ((long) size * k / 5);
			cuts.add(index < size ? BigDecimal.valueOf(sorted[index], scale) : BigDecimal.ZERO);
		}
		return cuts;
	}

}
