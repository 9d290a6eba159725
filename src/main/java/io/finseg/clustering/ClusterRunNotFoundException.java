package io.finseg.clustering;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such clustering run (or no such cluster in it): a 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ClusterRunNotFoundException extends RuntimeException {

	public ClusterRunNotFoundException(long runId) {
		super("No clustering run " + runId);
	}

}
