package io.finseg.segment;

import java.util.Optional;

/**
 * How a cluster becomes a segment condition: implemented by the clustering room, which owns the
 * assignments, so that segments never depend on it (DESIGN.md §9).
 */
public interface ClusterMembership {

	/**
	 * A sub-query selecting {@code customer_id} of the members of a cluster, over a fixed table
	 * of the implementation, with {@code :run} and {@code :cluster} where the run id and cluster
	 * number go (the compiler binds them); empty when there is no such run or cluster.
	 */
	Optional<String> membersQuery(long runId, int cluster);

	/** True when the run was trained on a protected attribute (for the fair-lending guard). */
	boolean trainedOnProtectedAttributes(long runId);

}
