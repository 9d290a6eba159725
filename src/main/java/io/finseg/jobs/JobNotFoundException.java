package io.finseg.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class JobNotFoundException extends RuntimeException {

	public JobNotFoundException(long jobId) {
		super("No job " + jobId);
	}

}
