package io.finseg.segment;

import java.util.Map;

/** A rule as an SQL condition over the features table aliased {@code f}, with its bound values. */
public record CompiledRule(String condition, Map<String, Object> parameters) {

	public CompiledRule {
		parameters = Map.copyOf(parameters);
	}

}
