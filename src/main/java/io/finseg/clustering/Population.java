package io.finseg.clustering;

import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * Whom a run clusters, as an SQL condition over the active features table aliased {@code f}:
 * everyone, or the members of a saved segment (its compiled rule, with its bound values).
 */
@NamedInterface(ClusteringWings.NAME)
public record Population(String tableName, String condition, Map<String, Object> parameters) {

	public Population {
		parameters = Map.copyOf(parameters);
	}

}
