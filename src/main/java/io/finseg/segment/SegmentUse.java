package io.finseg.segment;

/** One thing that uses a segment: a label in words (e.g. "Campaign 'Spring savers'") and its page. */
public record SegmentUse(String label, String link) {
}
