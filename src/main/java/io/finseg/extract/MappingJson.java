package io.finseg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A saved mapping as JSON: {@code {"schemaVersion":1,"columns":[{"source":…,"target":…,"values":{…}}]}}. */
final class MappingJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private MappingJson() {
	}

	static String write(ExtractMapping mapping) {
		ObjectNode document = MAPPER.createObjectNode();
		document.put("schemaVersion", 1);
		ArrayNode columns = document.putArray("columns");
		for (ColumnMapping column : mapping.columns()) {
			ObjectNode json = columns.addObject();
			json.put("source", column.source());
			json.put("target", column.target());
			ObjectNode values = json.putObject("values");
			column.valueMap().forEach(values::put);
		}
		return MAPPER.writeValueAsString(document);
	}

	static ExtractMapping read(String json) {
		List<ColumnMapping> columns = new ArrayList<>();
		for (JsonNode column : MAPPER.readTree(json).path("columns")) {
			Map<String, String> values = new LinkedHashMap<>();
			column.path("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
			columns.add(new ColumnMapping(column.path("source").asString(), column.path("target").asString(), values));
		}
		return new ExtractMapping(columns);
	}

}
