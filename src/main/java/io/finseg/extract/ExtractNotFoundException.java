package io.finseg.extract;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No uploaded extract under that token (imported already, or never uploaded). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ExtractNotFoundException extends RuntimeException {

	ExtractNotFoundException() {
		super("No such extract", null, false, false);
	}

}
