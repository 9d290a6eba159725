package io.finseg.segmentindex;

import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * A whole-number, decimal or date column: each value as a whole number (decimals times
 * 10^scale, exactly; dates as days since 1970-01-01) in {@link PackedNumbers}, unknown rows as 0
 * and marked in {@link #unknown()}.
 */
final class NumberColumn implements IndexedColumn {

	private final PackedNumbers values;

	private final RoaringBitmap unknown = new RoaringBitmap();

	private final int scale;

	NumberColumn(int expectedRows, int scale) {
		this.values = new PackedNumbers(expectedRows);
		this.scale = scale;
	}

	/** Digits after the decimal point each stored number has (0 for whole numbers and dates). */
	int scale() {
		return scale;
	}

	void add(Long value) {
		if (value == null) {
			unknown.add(values.size());
			values.add(0);
		}
		else {
			values.add(value);
		}
	}

	/** The known rows whose stored number lies in {@code [low, high]}. */
	RoaringBitmap between(long low, long high) {
		RoaringBitmap rows = BitSetUtil.bitmapOf(values.rowsBetween(low, high));
		rows.andNot(unknown);
		return rows;
	}

	@Override
	public RoaringBitmap unknown() {
		return unknown;
	}

	@Override
	public long bytes() {
		return values.bytes() + unknown.getSizeInBytes();
	}

	@Override
	public void finish() {
		values.trim();
		unknown.runOptimize();
	}

}
