package io.finseg.segment;

/** How many customers a rule matches, and how many of them may be contacted on each channel. */
public record SegmentCount(long customers, long email, long sms, long phone, long post) {
}
