package io.finseg.clustering;

import org.springframework.modulith.NamedInterface;

import io.finseg.jobs.JobContext;
import io.finseg.jobs.JobOutcome;

/**
 * The work of one run (sampling, training, assigning), done by the {@code run} wing: the service
 * records and starts runs through this, so the room's face knows none of its wings.
 */
@NamedInterface(ClusteringWings.NAME)
public interface RunWork {

	JobOutcome run(long runId, RunParameters parameters, Population population, JobContext context) throws Exception;

}
