package io.finseg.lookalike;

import java.util.ArrayList;
import java.util.List;

/**
 * How many scored customers reach each threshold of {@link #STEP} %: what the page offers as
 * "customers the model scores at least N %". The comparison is the one the segment condition
 * binds ({@code score >= percent / 100.0}), so a saved segment counts exactly the band's customers.
 */
record ScoreBands(long scored, List<Band> bands) {

	static final int STEP = 5;

	record Band(int percent, long customers) {
	}

	/**
	 * The thresholds worth offering: each lowest threshold of a run that selects the same
	 * customers (a tree scores in steps, so many thresholds do), none that selects no one.
	 */
	public List<Band> choices() {
		List<Band> choices = new ArrayList<>();
		long previous = -1;
		for (Band band : bands) {
			if (band.customers() > 0 && band.customers() != previous) {
				choices.add(band);
			}
			previous = band.customers();
		}
		return List.copyOf(choices);
	}

	/** The lowest offered threshold that at most a tenth of the scored customers reach: the page's first choice. */
	int topTenthThreshold() {
		return choices().stream().filter(band -> band.customers() * 10 <= scored)
			.mapToInt(Band::percent).min().orElse(50);
	}

	static double minimum(int percent) {
		return percent / 100.0;
	}

	static boolean offered(int percent) {
		return percent > 0 && percent < 100 && percent % STEP == 0;
	}

	/** Counts customers at each threshold as scores arrive. */
	static final class Tally {

		private final long[] atLeast = new long[100 / STEP];

		private long scored;

		void add(double score) {
			scored++;
			for (int step = 1; step < atLeast.length; step++) {
				if (score >= minimum(step * STEP)) {
					atLeast[step]++;
				}
				else {
					break;
				}
			}
		}

		ScoreBands bands() {
			List<Band> bands = new ArrayList<>();
			for (int step = 1; step < atLeast.length; step++) {
				bands.add(new Band(step * STEP, atLeast[step]));
			}
			return new ScoreBands(scored, List.copyOf(bands));
		}

	}

}
