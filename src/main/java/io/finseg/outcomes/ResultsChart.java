package io.finseg.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The results chart's data for charts.js: the outcome rate in percent of target and holdout,
 * over all members or per group of the breakdown. A "<" is escaped so no label can end the script block.
 */
final class ResultsChart {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ResultsChart() {
	}

	static String json(CampaignResults.Results results, MessageSource messages, Locale locale) {
		List<String> labels = new ArrayList<>();
		List<Double> target = new ArrayList<>();
		List<Double> holdout = new ArrayList<>();
		if (results.groups().isEmpty()) {
			labels.add(messages.getMessage("outcomes.allMembers", null, locale));
			add(results.overall(), target, holdout);
		}
		for (ResultGroup group : results.groups()) {
			labels.add(group.labelKey() == null ? group.label() : messages.getMessage(group.labelKey(), null, group.label(), locale));
			add(group.lift(), target, holdout);
		}
		Chart chart = new Chart(labels, List.of(
				new Dataset(messages.getMessage("outcomes.target", null, locale), target, List.of("#0b4f6c")),
				new Dataset(messages.getMessage("outcomes.holdout", null, locale), holdout, List.of("#9cc3d5"))));
		return MAPPER.writeValueAsString(chart).replace("<", "\\u003c");
	}

	private static void add(Lift lift, List<Double> target, List<Double> holdout) {
		target.add(Math.round(lift.targetRate() * 1000) / 10.0);
		holdout.add(Math.round(lift.holdoutRate() * 1000) / 10.0);
	}

	record Chart(List<String> labels, List<Dataset> datasets) {
	}

	record Dataset(String label, List<Double> values, List<String> colors) {
	}

}
