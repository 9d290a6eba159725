package io.finseg.clustering.run;

import java.util.SplittableRandom;

/**
 * A uniform random sample of at most {@code capacity} customers of a stream (reservoir sampling),
 * the same for the same seed and the same rows.
 */
public final class Sample {

	private final long[] ids;

	private final double[][] rows;

	private final SplittableRandom random;

	private long seen;

	public Sample(int capacity, long seed) {
		this.ids = new long[capacity];
		this.rows = new double[capacity][];
		this.random = new SplittableRandom(seed);
	}

	public void offer(FeatureBatch batch) {
		for (int i = 0; i < batch.size(); i++) {
			seen++;
			if (seen <= ids.length) {
				put((int) (seen - 1), batch, i);
			}
			else {
				long slot = random.nextLong(seen);
				if (slot < ids.length) {
					put((int) slot, batch, i);
				}
			}
		}
	}

	int size() {
		return (int) Math.min(seen, ids.length);
	}

	public long[] ids() {
		return java.util.Arrays.copyOf(ids, size());
	}

	public double[][] rows() {
		return java.util.Arrays.copyOf(rows, size());
	}

	private void put(int slot, FeatureBatch batch, int index) {
		ids[slot] = batch.customerIds()[index];
		rows[slot] = batch.values()[index];
	}

}
