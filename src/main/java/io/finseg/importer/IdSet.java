package io.finseg.importer;

import java.util.Arrays;

/**
 * A set of positive long ids in one open-addressing array: an upload of a million customers has
 * tens of millions of ids, which boxed in a HashSet would take gigabytes.
 */
final class IdSet {

	private static final long EMPTY = 0;

	private long[] slots = new long[1 << 12];

	private int size;

	/** Adds the id; false if it was already there. Ids must be positive. */
	boolean add(long id) {
		if (id <= 0) {
			throw new IllegalArgumentException("Ids are positive: " + id);
		}
		if ((size + 1) * 2L > slots.length) {
			grow();
		}
		int slot = indexOf(id, slots);
		if (slots[slot] == id) {
			return false;
		}
		slots[slot] = id;
		size++;
		return true;
	}

	boolean contains(long id) {
		return id > 0 && slots[indexOf(id, slots)] == id;
	}

	int size() {
		return size;
	}

	private static int indexOf(long id, long[] table) {
		int mask = table.length - 1;
		int slot = (int) (mix(id) & mask);
		while (table[slot] != EMPTY && table[slot] != id) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		long[] bigger = new long[slots.length * 2];
		Arrays.stream(slots).filter(id -> id != EMPTY).forEach(id -> bigger[indexOf(id, bigger)] = id);
		slots = bigger;
	}

	private static long mix(long id) {
		long h = id * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 32);
	}

}
