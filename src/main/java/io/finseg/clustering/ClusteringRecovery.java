package io.finseg.clustering;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, a run still queued or running was cut off by the restart (the jobs room marks its
 * job failed): its assignments are removed and it is marked failed, so no partial run is shown
 * or used as complete.
 */
@Component
class ClusteringRecovery {

	private static final Logger log = LoggerFactory.getLogger(ClusteringRecovery.class);

	private final ClusterRunRepository runs;

	private final ClusteringService service;

	ClusteringRecovery(ClusterRunRepository runs, ClusteringService service) {
		this.runs = runs;
		this.service = service;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failRunsCutOffByARestart() {
		for (ClusterRun cutOff : runs.inStatus(RunStatus.QUEUED, RunStatus.RUNNING)) {
			log.warn("Clustering run {} was interrupted by a restart; removing its assignments", cutOff.id());
			service.end(cutOff.id(), RunStatus.FAILED);
		}
	}

}
