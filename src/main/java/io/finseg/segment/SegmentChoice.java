package io.finseg.segment;

/** A saved segment as a choice in a list: its id and name. */
public record SegmentChoice(long id, String name) {
}
