package io.finseg.segmentindex;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.roaringbitmap.RoaringBitmap;

import io.finseg.features.FeatureSnapshot;

/**
 * One features snapshot in memory: row {@code i} is the customer {@code customerIds[i]} (in id
 * order), each column holds its values by row, and {@link #live()} the rows not erased since.
 * Immutable once built, except that an erasure replaces {@link #live()} with a copy lacking that
 * row (readers holding the previous copy finish with it undisturbed).
 */
final class ColumnIndex {

	private final String tableName;

	private final LocalDateTime builtAt;

	private final int[] customerIds;

	private final Map<String, IndexedColumn> columns;

	private final long buildMillis;

	private final Map<String, RoaringBitmap> clusters = new ConcurrentHashMap<>();

	private volatile RoaringBitmap live;

	/** Rules' rows as evaluated, by the rule's complete description; see {@link #rowsOf}. */
	private final Map<Object, Optional<RoaringBitmap>> evaluated = new ConcurrentHashMap<>();

	/** How many rules' rows are kept: a rule's rows take up to an eighth of a byte per customer. */
	static final int KEPT_RULES = 32;

	ColumnIndex(FeatureSnapshot snapshot, int[] customerIds, Map<String, IndexedColumn> columns, long buildMillis) {
		this.tableName = snapshot.table().tableName();
		this.builtAt = snapshot.builtAt();
		this.customerIds = customerIds;
		this.columns = Map.copyOf(columns);
		this.buildMillis = buildMillis;
		this.live = RoaringBitmap.bitmapOfRange(0, customerIds.length);
	}

	/** True when this index was built from the snapshot readers see now. */
	boolean holds(FeatureSnapshot snapshot) {
		return snapshot.built() && snapshot.table().tableName().equals(tableName) && Objects.equals(snapshot.builtAt(), builtAt);
	}

	int rows() {
		return customerIds.length;
	}

	RoaringBitmap live() {
		return live;
	}

	long customers() {
		return live.getLongCardinality();
	}

	long buildMillis() {
		return buildMillis;
	}

	Optional<IndexedColumn> column(String name) {
		return Optional.ofNullable(columns.get(name));
	}

	long customerId(int row) {
		return customerIds[row];
	}

	/** The row of a customer, or -1 when the snapshot has none. */
	int rowOf(long customerId) {
		if (customerId < Integer.MIN_VALUE || customerId > Integer.MAX_VALUE) {
			return -1;
		}
		int row = Arrays.binarySearch(customerIds, (int) customerId);
		return row < 0 ? -1 : row;
	}

	/** Takes a customer out of every answer from now on. */
	synchronized void erase(long customerId) {
		int row = rowOf(customerId);
		if (row >= 0 && live.contains(row)) {
			RoaringBitmap without = live.clone();
			without.remove(row);
			live = without;
		}
	}

	/**
	 * A rule's rows (before erasures are left out), evaluated once per index for the same rule:
	 * {@code sameRule} describes the rule whole, referenced segments' rules included, so a changed
	 * reference is a different key. Never modified by readers.
	 */
	Optional<RoaringBitmap> rowsOf(Object sameRule, Supplier<Optional<RoaringBitmap>> evaluate) {
		Optional<RoaringBitmap> kept = evaluated.get(sameRule);
		if (kept != null) {
			return kept;
		}
		Optional<RoaringBitmap> rows = evaluate.get();
		if (evaluated.size() >= KEPT_RULES) {
			evaluated.clear();
		}
		evaluated.put(sameRule, rows);
		return rows;
	}

	/** Forgets the kept rules' rows (for a benchmark that measures the evaluation itself). */
	void forgetRules() {
		evaluated.clear();
	}

	/**
	 * The rows of a cluster's members or of the customers a look-alike model scored at least a
	 * threshold, read once per index (a completed run or model never changes).
	 */
	RoaringBitmap members(String key, Supplier<RoaringBitmap> read) {
		return clusters.computeIfAbsent(key, k -> read.get());
	}

	/** What the index takes of the heap, counted from its arrays and bitmaps. */
	long bytes() {
		long bytes = 16 + 4L * customerIds.length + live.getSizeInBytes();
		for (IndexedColumn column : columns.values()) {
			bytes += column.bytes();
		}
		return bytes;
	}

}
