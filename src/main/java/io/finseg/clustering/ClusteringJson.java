package io.finseg.clustering;

import java.util.List;

import org.springframework.modulith.NamedInterface;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of the clustering tables: written and read only here. */
@NamedInterface(ClusteringWings.NAME)
public final class ClusteringJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ClusteringJson() {
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	public static List<KScore> kScores(String json) {
		return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<KScore>>() {
		});
	}

	public static List<FeatureSummary> summaries(String json) {
		return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<FeatureSummary>>() {
		});
	}

	public static List<FeatureProfile> profiles(String json) {
		return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<FeatureProfile>>() {
		});
	}

}
