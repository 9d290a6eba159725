package io.finseg.outcomes;

/** {@link LiftFormat} for the results template, as {@code ${fmt.points(...)}}. */
public final class ResultsFormat {

	public String points(double share) {
		return LiftFormat.signedPoints(share);
	}

	public String percent(double share) {
		return LiftFormat.percent(share);
	}

	public String count(double count) {
		return LiftFormat.signedCount(count);
	}

	public String money(double amount) {
		return LiftFormat.money(amount);
	}

}
