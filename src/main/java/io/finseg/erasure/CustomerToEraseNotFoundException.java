package io.finseg.erasure;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(code = HttpStatus.NOT_FOUND, reason = "No such customer")
class CustomerToEraseNotFoundException extends RuntimeException {

	CustomerToEraseNotFoundException(long id) {
		super("No customer " + id + " to erase");
	}

}
