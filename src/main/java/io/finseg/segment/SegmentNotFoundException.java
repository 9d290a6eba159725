package io.finseg.segment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class SegmentNotFoundException extends RuntimeException {

	SegmentNotFoundException(long id) {
		super("No segment " + id);
	}

}
