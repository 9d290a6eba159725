package io.finseg.segment.pages;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * Chart data as JSON for a {@code <script type="application/json">} block that charts.js reads:
 * {@code {"labels":[…],"datasets":[{"label":…,"values":[…],"colors":[…]}]}}. A "<" is escaped so
 * that no segment name can end the script block.
 */
final class ChartJson {

	static final String DARK = "#0b4f6c";

	static final String LIGHT = "#9cc3d5";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ChartJson() {
	}

	static String of(List<String> labels, List<Dataset> datasets) {
		return MAPPER.writeValueAsString(new Chart(labels, datasets)).replace("<", "\\u003c");
	}

	record Chart(List<String> labels, List<Dataset> datasets) {
	}

	/** One series; {@code colors} holds one colour for all bars or one per bar. */
	record Dataset(String label, List<? extends Number> values, List<String> colors) {

		static Dataset of(String label, List<? extends Number> values, String color) {
			return new Dataset(label, values, List.of(color));
		}

	}

}
