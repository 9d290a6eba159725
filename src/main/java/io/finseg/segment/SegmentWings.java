package io.finseg.segment;

/**
 * The name of the named interface that holds what the room's face shares with its wings only
 * (the segment repository, the size history, the compiler the pages explain members with):
 * public for the wings' sake, but no other room may use it, as a room that allows {@code segment}
 * gets only the unnamed interface, the face.
 */
final class SegmentWings {

	static final String NAME = "wings";

	private SegmentWings() {
	}

}
