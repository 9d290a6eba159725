package io.finseg.segmentindex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.roaringbitmap.RoaringBitmap;

/**
 * A text or choice column as dictionary codes: each distinct value once, each row its value's
 * code. Columns with few distinct values (every choice column, the age band) also keep a bitmap
 * of the rows per value, so that a condition is an OR of bitmaps instead of a scan.
 */
final class TextColumn implements IndexedColumn {

	static final int MAX_VALUES_WITH_BITMAPS = 256;

	private final PackedNumbers codes;

	private final List<String> dictionary = new ArrayList<>();

	private final Map<String, Integer> codeOf = new HashMap<>();

	private final RoaringBitmap unknown = new RoaringBitmap();

	private RoaringBitmap[] rowsByCode;

	TextColumn(int expectedRows) {
		this.codes = new PackedNumbers(expectedRows);
	}

	void add(String value) {
		if (value == null) {
			unknown.add(codes.size());
			codes.add(-1);
			return;
		}
		Integer code = codeOf.get(value);
		if (code == null) {
			code = dictionary.size();
			dictionary.add(value);
			codeOf.put(value, code);
		}
		codes.add(code);
	}

	/** The rows whose (known) value passes {@code test}, which sees each distinct value once. */
	RoaringBitmap matching(Predicate<String> test) {
		boolean[] matches = new boolean[dictionary.size()];
		List<Integer> matched = new ArrayList<>();
		for (int code = 0; code < matches.length; code++) {
			matches[code] = test.test(dictionary.get(code));
			if (matches[code]) {
				matched.add(code);
			}
		}
		if (rowsByCode != null) {
			RoaringBitmap rows = new RoaringBitmap();
			matched.forEach(code -> rows.or(rowsByCode[code]));
			return rows;
		}
		RoaringBitmap rows = new RoaringBitmap();
		for (int row = 0; row < codes.size(); row++) {
			int code = (int) codes.get(row);
			if (code >= 0 && matches[code]) {
				rows.add(row);
			}
		}
		return rows;
	}

	/** Every distinct value, in the order first met. */
	List<String> values() {
		return List.copyOf(dictionary);
	}

	/** The rows holding exactly {@code value} (as stored, case and all); empty when none do. */
	RoaringBitmap rowsOf(String value) {
		return matching(value::equals);
	}

	@Override
	public RoaringBitmap unknown() {
		return unknown;
	}

	@Override
	public long bytes() {
		long bytes = codes.bytes() + unknown.getSizeInBytes();
		for (String value : dictionary) {
			bytes += 48 + 2L * value.length();
		}
		if (rowsByCode != null) {
			for (RoaringBitmap rows : rowsByCode) {
				bytes += rows.getSizeInBytes();
			}
		}
		return bytes;
	}

	@Override
	public void finish() {
		codes.trim();
		unknown.runOptimize();
		if (dictionary.size() <= MAX_VALUES_WITH_BITMAPS) {
			RoaringBitmap[] byCode = new RoaringBitmap[dictionary.size()];
			for (int code = 0; code < byCode.length; code++) {
				byCode[code] = new RoaringBitmap();
			}
			for (int row = 0; row < codes.size(); row++) {
				int code = (int) codes.get(row);
				if (code >= 0) {
					byCode[code].add(row);
				}
			}
			for (RoaringBitmap rows : byCode) {
				rows.runOptimize();
			}
			rowsByCode = byCode;
		}
		codeOf.clear();
	}

}
