package io.finseg.clustering;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.segment.ClusterMembership;

/** The segment engine's "in cluster" condition: members of a cluster of a completed run only. */
@Component
class ClusterMembershipSql implements ClusterMembership {

	static final String MEMBERS = "SELECT a.customer_id FROM cluster_assignment a WHERE a.run_id = :run AND a.cluster_number = :cluster";

	private final ClusterRunRepository runs;

	ClusterMembershipSql(ClusterRunRepository runs) {
		this.runs = runs;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> membersQuery(long runId, int cluster) {
		return runs.hasCluster(runId, cluster, RunStatus.COMPLETED) ? Optional.of(MEMBERS) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean trainedOnProtectedAttributes(long runId) {
		return runs.find(runId).map(ClusterRun::trainedOnProtected).orElse(false);
	}

}
