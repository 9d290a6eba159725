package io.finseg.outcomes;

/**
 * What the results page shows, from its query string: an outcome and a breakdown ("segment:<id>"
 * or an attribute), each read as the default when missing or unknown.
 */
record ResultsChoice(String outcome, String by) {

	Outcome chosenOutcome() {
		return Outcome.named(outcome).orElse(Outcome.CONVERTED);
	}

	Breakdown breakdown() {
		return Breakdown.parse(by);
	}

}
