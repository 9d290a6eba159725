package io.finseg.lookalike;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class LookalikeNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public LookalikeNotFoundException(long id) {
		super("No look-alike model " + id);
	}

}
