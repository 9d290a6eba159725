package io.finseg.segmentindex;

import java.util.Arrays;

/**
 * Whole numbers, one per row, in the narrowest primitive array that holds every value seen so
 * far (byte, short, int, then long): most feature columns are small numbers, and a million rows
 * of bytes is a megabyte. Appended in row order while the index is built, read-only after.
 */
final class PackedNumbers {

	private byte[] bytes;

	private short[] shorts;

	private int[] ints;

	private long[] longs;

	private int size;

	PackedNumbers(int expectedRows) {
		bytes = new byte[Math.max(16, expectedRows)];
	}

	int size() {
		return size;
	}

	void add(long value) {
		if (size == capacity()) {
			grow();
		}
		if (longs != null) {
			longs[size++] = value;
		}
		else if (ints != null) {
			if (value != (int) value) {
				widenToLongs();
				longs[size++] = value;
				return;
			}
			ints[size++] = (int) value;
		}
		else if (shorts != null) {
			if (value != (short) value) {
				widen(value);
				add(value);
				return;
			}
			shorts[size++] = (short) value;
		}
		else if (value != (byte) value) {
			widen(value);
			add(value);
		}
		else {
			bytes[size++] = (byte) value;
		}
	}

	long get(int row) {
		if (longs != null) {
			return longs[row];
		}
		if (ints != null) {
			return ints[row];
		}
		return shorts != null ? shorts[row] : bytes[row];
	}

	/**
	 * The rows whose value lies in {@code [low, high]}, as the words of a bit set (bit {@code i}
	 * of word {@code i / 64} for row {@code i}): a branch-free scan the JIT vectorises well.
	 */
	long[] rowsBetween(long low, long high) {
		long[] words = new long[(size + 63) >>> 6];
		if (low > high) {
			return words;
		}
		if (longs != null) {
			for (int i = 0; i < size; i++) {
				long v = longs[i];
				words[i >>> 6] |= (v >= low && v <= high ? 1L : 0L) << i;
			}
		}
		else if (ints != null) {
			for (int i = 0; i < size; i++) {
				int v = ints[i];
				words[i >>> 6] |= (v >= low && v <= high ? 1L : 0L) << i;
			}
		}
		else if (shorts != null) {
			for (int i = 0; i < size; i++) {
				short v = shorts[i];
				words[i >>> 6] |= (v >= low && v <= high ? 1L : 0L) << i;
			}
		}
		else {
			for (int i = 0; i < size; i++) {
				byte v = bytes[i];
				words[i >>> 6] |= (v >= low && v <= high ? 1L : 0L) << i;
			}
		}
		return words;
	}

	/** Drops the unused capacity once every row is in. */
	void trim() {
		if (longs != null) {
			longs = Arrays.copyOf(longs, size);
		}
		else if (ints != null) {
			ints = Arrays.copyOf(ints, size);
		}
		else if (shorts != null) {
			shorts = Arrays.copyOf(shorts, size);
		}
		else {
			bytes = Arrays.copyOf(bytes, size);
		}
	}

	long bytes() {
		long header = 16;
		if (longs != null) {
			return header + 8L * longs.length;
		}
		if (ints != null) {
			return header + 4L * ints.length;
		}
		return header + (shorts != null ? 2L * shorts.length : bytes.length);
	}

	private int capacity() {
		if (longs != null) {
			return longs.length;
		}
		if (ints != null) {
			return ints.length;
		}
		return shorts != null ? shorts.length : bytes.length;
	}

	private void grow() {
		int capacity = Math.max(16, capacity() + (capacity() >> 1));
		if (longs != null) {
			longs = Arrays.copyOf(longs, capacity);
		}
		else if (ints != null) {
			ints = Arrays.copyOf(ints, capacity);
		}
		else if (shorts != null) {
			shorts = Arrays.copyOf(shorts, capacity);
		}
		else {
			bytes = Arrays.copyOf(bytes, capacity);
		}
	}

	private void widen(long value) {
		if (value == (short) value && shorts == null && ints == null) {
			shorts = new short[capacity()];
			for (int i = 0; i < size; i++) {
				shorts[i] = bytes[i];
			}
			bytes = null;
		}
		else if (value == (int) value) {
			int[] wider = new int[capacity()];
			for (int i = 0; i < size; i++) {
				wider[i] = (int) get(i);
			}
			ints = wider;
			bytes = null;
			shorts = null;
		}
		else {
			widenToLongs();
		}
	}

	private void widenToLongs() {
		long[] wider = new long[capacity()];
		for (int i = 0; i < size; i++) {
			wider[i] = get(i);
		}
		longs = wider;
		bytes = null;
		shorts = null;
		ints = null;
	}

}
