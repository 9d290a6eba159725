package io.finseg.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A behavioural condition in the saved rule format:
 * {@code {"type":"behaviour","activity":"PAYMENTS","measure":"AT_LEAST","threshold":"3",
 * "filters":[{"field":"method","operator":"IN","values":["CARD"]}],"period":{"kind":"LAST_DAYS","values":["90"]}}}.
 * A name that is not one of FinSeg's is refused in words; the values are checked by the compiler.
 */
final class BehaviourJson {

	private BehaviourJson() {
	}

	static void write(BehaviourCondition behaviour, ObjectNode json) {
		json.put("type", "behaviour");
		json.put("activity", behaviour.activity() == null ? null : behaviour.activity().name());
		json.put("measure", behaviour.measure() == null ? null : behaviour.measure().name());
		json.put("threshold", behaviour.threshold());
		ArrayNode filters = json.putArray("filters");
		for (BehaviourCondition.Filter filter : behaviour.filters()) {
			ObjectNode one = filters.addObject();
			one.put("field", filter.field());
			one.put("operator", filter.operator() == null ? null : filter.operator().name());
			ArrayNode values = one.putArray("values");
			filter.values().forEach(values::add);
		}
		ObjectNode period = json.putObject("period");
		period.put("kind", behaviour.period().kind().name());
		ArrayNode values = period.putArray("values");
		behaviour.period().values().forEach(values::add);
	}

	static BehaviourCondition read(JsonNode json) {
		BehaviourCondition.Activity activity = named(BehaviourCondition.Activity.class, json.path("activity"),
				"segment.problem.behaviour.unknownActivity");
		BehaviourCondition.Measure measure = named(BehaviourCondition.Measure.class, json.path("measure"),
				"segment.problem.behaviour.unknownMeasure");
		List<BehaviourCondition.Filter> filters = new ArrayList<>();
		for (JsonNode filter : json.path("filters")) {
			Operator operator = named(Operator.class, filter.path("operator"), "segment.problem.behaviour.unknownOperator");
			filters.add(new BehaviourCondition.Filter(filter.path("field").asString(null), operator, texts(filter.path("values"))));
		}
		JsonNode period = json.path("period");
		BehaviourCondition.Period.Kind kind = period.isMissingNode() ? BehaviourCondition.Period.Kind.EVER
				: named(BehaviourCondition.Period.Kind.class, period.path("kind"), "segment.problem.behaviour.unknownPeriod");
		return new BehaviourCondition(activity, measure, json.path("threshold").asString(null), filters,
				new BehaviourCondition.Period(kind, texts(period.path("values"))));
	}

	private static List<String> texts(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private static <E extends Enum<E>> E named(Class<E> type, JsonNode name, String problem) {
		String text = name.asString("");
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(text)).findFirst()
			.orElseThrow(() -> new RuleException(problem, text));
	}

}
