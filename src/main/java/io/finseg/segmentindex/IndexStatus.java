package io.finseg.segmentindex;

/**
 * What the segment index is doing, for /admin/jobs: sizes in bytes, the heap it may use, how far
 * a build got.
 */
record IndexStatus(State state, long done, long total, long customers, long bytes, long buildMillis, long neededBytes,
		long maxHeapBytes) {

	enum State {
		/** {@code finseg.segment-index.enabled=false}: counts come from SQL. */
		OFF,
		/** No features built yet, so nothing to index. */
		WAITING,
		BUILDING,
		READY,
		/** The estimate for the snapshot did not fit the heap: counts stay on SQL. */
		TOO_BIG,
		FAILED
	}

	static IndexStatus of(State state, long maxHeapBytes) {
		return new IndexStatus(state, 0, 0, 0, 0, 0, 0, maxHeapBytes);
	}

	IndexStatus building(long done, long total) {
		return new IndexStatus(State.BUILDING, done, total, customers, bytes, buildMillis, neededBytes, maxHeapBytes);
	}

	int percent() {
		return total <= 0 ? 0 : (int) Math.min(100, 100 * done / total);
	}

}
