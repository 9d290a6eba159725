package io.finseg.outcomes;

/**
 * The campaign's effect on one outcome in one group of members: rates of target and holdout,
 * absolute lift (target rate minus holdout rate, as a share) and relative lift (absolute lift
 * over the holdout rate), each with its 95 % confidence interval, the two-sided p-value, and
 * the incremental outcomes and value for the target. {@code tooSmall} when the holdout (or the
 * target) is too small for the normal approximation these intervals rest on.
 */
public record Lift(GroupTally target, GroupTally holdout, double absolute, double absoluteLow, double absoluteHigh,
		Double relative, Double relativeLow, Double relativeHigh, double pValue, double incremental,
		double incrementalLow, double incrementalHigh, double incrementalValue, double incrementalValueLow,
		double incrementalValueHigh, boolean tooSmall) {

	public double targetRate() {
		return target.rate();
	}

	public double holdoutRate() {
		return holdout.rate();
	}

	/** The interval lies wholly above or wholly below zero. */
	public boolean clear() {
		return !tooSmall && (absoluteLow > 0 || absoluteHigh < 0);
	}

	public boolean raised() {
		return absolute > 0;
	}

	public boolean hasRelative() {
		return relative != null;
	}

	public boolean hasValue() {
		return target.valueSum() != 0 || holdout.valueSum() != 0;
	}

}
