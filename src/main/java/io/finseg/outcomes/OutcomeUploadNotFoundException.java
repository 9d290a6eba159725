package io.finseg.outcomes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class OutcomeUploadNotFoundException extends RuntimeException {

	OutcomeUploadNotFoundException(long id) {
		super("No outcomes upload " + id);
	}

}
