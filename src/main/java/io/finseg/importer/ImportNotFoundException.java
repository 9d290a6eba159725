package io.finseg.importer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ImportNotFoundException extends RuntimeException {

	ImportNotFoundException(long id) {
		super("No import " + id);
	}

}
