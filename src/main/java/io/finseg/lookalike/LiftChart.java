package io.finseg.lookalike;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** The lift-by-decile chart's data for charts.js: one bar per decile, the lift against the average. */
final class LiftChart {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private LiftChart() {
	}

	static String json(List<ModelFindings.Decile> deciles) {
		List<String> labels = deciles.stream().map(d -> Integer.toString(d.number())).toList();
		List<Double> values = deciles.stream().map(d -> Math.round(d.lift() * 100) / 100.0).toList();
		return MAPPER.writeValueAsString(new Chart(labels, values)).replace("<", "\\u003c");
	}

	record Chart(List<String> labels, List<Double> values) {
	}

}
