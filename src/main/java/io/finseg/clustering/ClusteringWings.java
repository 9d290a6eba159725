package io.finseg.clustering;

/**
 * The name of the named interface that holds what the room's face shares with its wings only
 * (the run repository, the run model the job writes, the labels and JSON both wings read): public
 * for the wings' sake, but no other room may use it, as a room that allows {@code clustering}
 * gets only the unnamed interface, the face.
 */
final class ClusteringWings {

	static final String NAME = "wings";

	private ClusteringWings() {
	}

}
