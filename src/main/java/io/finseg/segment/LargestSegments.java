package io.finseg.segment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The largest segments by their latest size, for pages outside this room (the home dashboard).
 * Sizes come from the segment list's sources: the size recorded after the last feature build, or
 * the count cached for the current features; nothing here counts customers on every view.
 */
@Component
public class LargestSegments {

	private final SegmentListing listing;

	LargestSegments(SegmentListing listing) {
		this.listing = listing;
	}

	/** The {@code limit} largest sized segments, largest first, and the saved segments in all. */
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

	/** A segment's size and how many of its members may be emailed; {@code asOf} null when counted now. */
	public record Size(long id, String name, long customers, long email, LocalDate asOf) {

		/** Share of the members contactable by email, e.g. 62.5. */
		public double emailPercent() {
			return customers == 0 ? 0 : 100.0 * email / customers;
		}

	}

	/** The largest segments, how many segments there are, and their sizes as chart data for charts.js. */
	public record View(List<Size> segments, int total, String chartJson) {
	}

}
