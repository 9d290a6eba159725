package io.finseg.segment;

import java.util.List;
import java.util.Locale;

/**
 * Something outside this room that uses a segment (a campaign, later): implemented there as a
 * bean, so that a segment in use cannot be deleted while segments never depend on the user.
 */
public interface SegmentUsage {

	/** What uses the segment, in words with a link, for the page that refuses its deletion. */
	List<SegmentUse> usesOf(long segmentId, Locale locale);

}
