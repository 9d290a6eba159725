package io.finseg.segmentindex;

import org.roaringbitmap.RoaringBitmap;

/** A yes/no column: the rows that say yes, and those not known. */
final class FlagColumn implements IndexedColumn {

	private final RoaringBitmap yes = new RoaringBitmap();

	private final RoaringBitmap unknown = new RoaringBitmap();

	void add(int row, Boolean value) {
		if (value == null) {
			unknown.add(row);
		}
		else if (value) {
			yes.add(row);
		}
	}

	RoaringBitmap yes() {
		return yes;
	}

	/** The rows that say no: neither yes nor unknown. */
	RoaringBitmap no(int rows) {
		RoaringBitmap no = RoaringBitmap.bitmapOfRange(0, rows);
		no.andNot(yes);
		no.andNot(unknown);
		return no;
	}

	@Override
	public RoaringBitmap unknown() {
		return unknown;
	}

	@Override
	public long bytes() {
		return yes.getSizeInBytes() + unknown.getSizeInBytes();
	}

	@Override
	public void finish() {
		yes.runOptimize();
		unknown.runOptimize();
	}

}
