package io.finseg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rule trees as JSON, with a schema version so that rules saved by an older FinSeg still load:
 * {@code {"schemaVersion":1,"root":{"type":"group","logic":"AND","children":[…]}}}.
 */
public final class RuleJson {

	public static final int SCHEMA_VERSION = 1;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private RuleJson() {
	}

	public static String write(RuleNode root) {
		ObjectNode document = MAPPER.createObjectNode();
		document.put("schemaVersion", SCHEMA_VERSION);
		document.set("root", node(root));
		return MAPPER.writeValueAsString(document);
	}

	/** Reads a rule tree; a text that is not one gives a {@link RuleException}, never a 500. */
	public static RuleNode read(String json) {
		try {
			JsonNode document = MAPPER.readTree(json);
			int version = document.path("schemaVersion").asInt(1);
			if (version > SCHEMA_VERSION) {
				throw new RuleException("segment.problem.newerFormat", version);
			}
			return parse(document.path("root"));
		}
		catch (JacksonException | IllegalArgumentException e) {
			throw new RuleException("segment.problem.unreadable");
		}
	}

	private static ObjectNode node(RuleNode node) {
		ObjectNode json = MAPPER.createObjectNode();
		if (node instanceof RuleNode.Group group) {
			json.put("type", "group");
			json.put("logic", group.logic().name());
			ArrayNode children = json.putArray("children");
			group.children().forEach(child -> children.add(node(child)));
		}
		else if (node instanceof RuleNode.Condition condition) {
			json.put("type", "condition");
			json.put("attribute", condition.attribute());
			json.put("operator", condition.operator().name());
			ArrayNode values = json.putArray("values");
			condition.values().forEach(values::add);
		}
		else if (node instanceof BehaviourCondition behaviour) {
			BehaviourJson.write(behaviour, json);
		}
		else if (node instanceof RuleNode.ScoreCondition score) {
			json.put("type", "score");
			json.put("modelId", score.modelId());
			json.put("atLeastPercent", score.atLeastPercent());
		}
		else if (node instanceof RuleNode.ClusterCondition cluster) {
			json.put("type", "cluster");
			json.put("runId", cluster.runId());
			json.put("cluster", cluster.cluster());
		}
		else {
			RuleNode.SegmentReference reference = (RuleNode.SegmentReference) node;
			json.put("type", "segment");
			json.put("segmentId", reference.segmentId());
			json.put("negated", reference.negated());
		}
		return json;
	}

	private static RuleNode parse(JsonNode json) {
		String type = json.path("type").asString("");
		switch (type) {
			case "group" -> {
				List<RuleNode> children = new ArrayList<>();
				json.path("children").forEach(child -> children.add(parse(child)));
				return new RuleNode.Group(RuleNode.Logic.valueOf(json.path("logic").asString("AND").toUpperCase(Locale.ROOT)),
						children);
			}
			case "condition" -> {
				List<String> values = new ArrayList<>();
				json.path("values").forEach(value -> values.add(value.asString()));
				return new RuleNode.Condition(json.path("attribute").asString(null),
						Operator.valueOf(json.path("operator").asString("")), values);
			}
			case "segment" -> {
				return new RuleNode.SegmentReference(json.path("segmentId").asLong(), json.path("negated").asBoolean(false));
			}
			case "behaviour" -> {
				return BehaviourJson.read(json);
			}
			case "score" -> {
				return new RuleNode.ScoreCondition(json.path("modelId").asLong(), json.path("atLeastPercent").asInt());
			}
			case "cluster" -> {
				return new RuleNode.ClusterCondition(json.path("runId").asLong(), json.path("cluster").asInt());
			}
			default -> throw new IllegalArgumentException("Unknown node type " + type);
		}
	}

}
