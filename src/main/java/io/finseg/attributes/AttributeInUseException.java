package io.finseg.attributes;

import java.util.List;

/** An attribute that saved segments use: it stays until they no longer do. */
public class AttributeInUseException extends RuntimeException {

	private final List<String> segments;

	AttributeInUseException(String key, List<String> segments) {
		super("Attribute " + key + " is used by " + segments.size() + " segments");
		this.segments = List.copyOf(segments);
	}

	public List<String> segments() {
		return segments;
	}

}
