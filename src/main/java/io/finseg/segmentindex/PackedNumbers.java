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
	 * of word {@code i / 64} for row {@code i}). Each word is filled from 64 rows at a time with
	 * one unsigned comparison per row ({@code value - low <= high - low}), a branch-free loop the
	 * JIT unrolls: about 1 ms a million rows whatever the width, where a row-by-row loop took 2–5.
	 */
	long[] rowsBetween(long low, long high) {
		long[] words = new long[(size + 63) >>> 6];
		if (longs != null) {
			if (low <= high) {
				fillWords(words, longs, low, high);
			}
			return words;
		}
		long min = ints != null ? Integer.MIN_VALUE : shorts != null ? Short.MIN_VALUE : Byte.MIN_VALUE;
		long max = ints != null ? Integer.MAX_VALUE : shorts != null ? Short.MAX_VALUE : Byte.MAX_VALUE;
		long from = Math.max(low, min);
		long to = Math.min(high, max);
		if (from > to) {
			return words;
		}
		// Both fit an int here; the span, up to 2^32 - 1, is compared unsigned.
		int start = (int) from;
		int span = (int) (to - from);
		fillWords(words, start, span);
		return words;
	}

	private void fillWords(long[] words, long[] values, long low, long high) {
		long span = (high - low) ^ Long.MIN_VALUE;
		for (int w = 0; w < words.length; w++) {
			int base = w << 6;
			int end = Math.min(64, size - base);
			long word = 0;
			for (int j = 0; j < end; j++) {
				word |= ((values[base + j] - low ^ Long.MIN_VALUE) <= span ? 1L : 0L) << j;
			}
			words[w] = word;
		}
	}

	/** Rows narrower than a long: 64 at a time copied as ints into one block, then compared. */
	private void fillWords(long[] words, int low, int span) {
		int limit = span ^ Integer.MIN_VALUE;
		int[] block = new int[64];
		for (int w = 0; w < words.length; w++) {
			int base = w << 6;
			int end = Math.min(64, size - base);
			copyBlock(base, end, block);
			long word = 0;
			for (int j = 0; j < end; j++) {
				word |= ((block[j] - low ^ Integer.MIN_VALUE) <= limit ? 1L : 0L) << j;
			}
			words[w] = word;
		}
	}

	private void copyBlock(int base, int length, int[] block) {
		if (ints != null) {
			System.arraycopy(ints, base, block, 0, length);
		}
		else if (shorts != null) {
			for (int j = 0; j < length; j++) {
				block[j] = shorts[base + j];
			}
		}
		else {
			for (int j = 0; j < length; j++) {
				block[j] = bytes[base + j];
			}
		}
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
