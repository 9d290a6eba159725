package io.finseg.segment.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;

import io.finseg.segment.LargestSegments;

/**
 * The largest segments from the segment list's rows: the size recorded after the last feature
 * build, or the count cached for the current features.
 */
@Component
class ListedLargestSegments implements LargestSegments {

	private final SegmentListing listing;

	ListedLargestSegments(SegmentListing listing) {
		this.listing = listing;
	}

	@Override
	public View largest(int limit, Locale locale) {
		List<SegmentListing.Row> rows = listing.rows(locale);
		List<SegmentListing.Row> largest = rows.stream()
			.filter(row -> row.customers() != null)
			.sorted(Comparator.comparing(SegmentListing.Row::customers).reversed()
				.thenComparing(row -> row.segment().name()))
			.limit(limit)
			.toList();
		List<Size> sizes = largest.stream()
			.map(row -> new Size(row.segment().id(), row.segment().name(), row.customers(), Objects.requireNonNull(row.email()),
					row.lastCounted()))
			.toList();
		return new View(sizes, rows.size(), listing.chartJson(largest, locale));
	}

}
