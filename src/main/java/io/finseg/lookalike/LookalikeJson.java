package io.finseg.lookalike;

import java.util.List;

import io.finseg.lookalike.ModelFindings.Decile;
import io.finseg.lookalike.ModelFindings.Driver;
import io.finseg.lookalike.ModelFindings.Leaf;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of a model: its columns, drivers, leaves and deciles. */
final class LookalikeJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private LookalikeJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static List<String> strings(String json) {
		return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<String>>() { });
	}

	static List<Driver> drivers(String json) {
		return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<Driver>>() { });
	}

	static List<Leaf> leaves(String json) {
		return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<Leaf>>() { });
	}

	static List<ScoreBands.Band> bands(String json) {
		return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<ScoreBands.Band>>() { });
	}

	static List<Decile> deciles(String json) {
		return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<Decile>>() { });
	}

}
