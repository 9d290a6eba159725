package io.finseg.lookalike;

/**
 * Customers with their model columns and whether they reached the outcome: a training or a test
 * part. {@code values[i]} holds customer {@code ids[i]}'s columns, NaN where empty.
 */
record Labelled(int[] ids, double[][] values, boolean[] reached) {

	int size() {
		return ids.length;
	}

	int positives() {
		int count = 0;
		for (boolean r : reached) {
			count += r ? 1 : 0;
		}
		return count;
	}

}
