package io.finseg.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The largest segments by their latest size, for pages outside this room (the home dashboard).
 * The pages wing answers it from the segment list's sources, so nothing counts customers on every view.
 */
public interface LargestSegments {

	/** The {@code limit} largest sized segments, largest first, and the saved segments in all. */
	View largest(int limit, Locale locale);

	/** A segment's size and how many of its members may be emailed; {@code asOf} null when counted now. */
	record Size(long id, String name, long customers, long email, LocalDate asOf) {

		/** Share of the members contactable by email, e.g. 62.5. */
		public double emailPercent() {
			return customers == 0 ? 0 : 100.0 * email / customers;
		}

	}

	/** The largest segments, how many segments there are, and their sizes as chart data for charts.js. */
	record View(List<Size> segments, int total, String chartJson) {
	}

}
