package io.finseg.profile;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class CustomerNotFoundException extends RuntimeException {

	CustomerNotFoundException(long id) {
		super("No customer " + id);
	}

}
