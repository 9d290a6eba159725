package io.finseg.segmentindex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

import io.finseg.segment.IndexedCounts;
import io.finseg.segment.SegmentCount;

/** A rule's members in one index: live rows only, and what the pages ask of them. */
final class IndexedRows implements IndexedCounts.IndexedMembers {

	static final List<String> CONSENT_STATUSES = List.of("CONSENTED", "REFUSED", "UNKNOWN", "REQUIREMENTS_NOT_MET");

	private final ColumnIndex index;

	private final RoaringBitmap rows;

	IndexedRows(ColumnIndex index, RoaringBitmap rows) {
		this.index = index;
		this.rows = rows;
	}

	RoaringBitmap rows() {
		return rows;
	}

	@Override
	public SegmentCount count() {
		return new SegmentCount(rows.getLongCardinality(), contactable("email"), contactable("sms"), contactable("phone"),
				contactable("post"));
	}

	private long contactable(String channel) {
		return index.column("contactable_" + channel)
			.map(column -> (long) RoaringBitmap.andCardinality(rows, ((FlagColumn) column).yes()))
			.orElseThrow();
	}

	@Override
	public Map<String, Long> consentBreakdown() {
		Map<String, Long> breakdown = new LinkedHashMap<>();
		CONSENT_STATUSES.forEach(status -> breakdown.put(status, 0L));
		TextColumn consent = (TextColumn) index.column("consent_status").orElseThrow();
		for (String status : consent.values()) {
			long members = RoaringBitmap.andCardinality(rows, consent.rowsOf(status));
			if (members > 0 || breakdown.containsKey(status)) {
				breakdown.put(status, members);
			}
		}
		return Collections.unmodifiableMap(breakdown);
	}

	@Override
	public List<Long> first(int size) {
		List<Long> ids = new ArrayList<>(Math.max(0, Math.min(size, 1_000)));
		IntIterator iterator = rows.getIntIterator();
		while (ids.size() < size && iterator.hasNext()) {
			ids.add(index.customerId(iterator.next()));
		}
		return List.copyOf(ids);
	}

	@Override
	public long inBoth(IndexedCounts.IndexedMembers other) {
		return RoaringBitmap.andCardinality(rows, ((IndexedRows) other).rows);
	}

}
