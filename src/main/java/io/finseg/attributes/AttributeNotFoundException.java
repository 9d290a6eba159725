package io.finseg.attributes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(code = HttpStatus.NOT_FOUND, reason = "No such attribute")
class AttributeNotFoundException extends RuntimeException {

	AttributeNotFoundException(String key) {
		super("No attribute " + key);
	}

}
