package io.finseg.segmentindex;

import org.roaringbitmap.RoaringBitmap;

/**
 * One feature column as the index holds it, filled row by row while the index is built and only
 * read once it is published. Row {@code i} is the i-th customer in id order.
 */
sealed interface IndexedColumn permits NumberColumn, TextColumn, FlagColumn {

	/** The rows whose value is not known (NULL in the features table). */
	RoaringBitmap unknown();

	/** What the column takes of the heap, counted from its arrays and bitmaps. */
	long bytes();

	/** Called once every row is in. */
	void finish();

}
