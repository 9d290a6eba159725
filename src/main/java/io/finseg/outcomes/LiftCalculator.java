package io.finseg.outcomes;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Lift of the target over the holdout for a binary outcome, with normal-approximation (Wald)
 * intervals: the difference of two proportions with the unpooled standard error, the risk
 * ratio on the log scale (Katz), the p-value of the pooled two-proportion z-test, and the
 * difference of mean values per member (Welch). The quantile comes from Commons Math.
 */
final class LiftCalculator {

	/** Each group needs this many members with and without the outcome for the intervals to hold. */
	static final int MIN_EACH_WAY = 5;

	/** And this many members at least. */
	static final int MIN_MEMBERS = 30;

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

	static final double Z_95 = STANDARD_NORMAL.inverseCumulativeProbability(0.975);

	private LiftCalculator() {
	}

	static Lift lift(GroupTally target, GroupTally holdout) {
		double pT = target.rate();
		double pH = holdout.rate();
		double absolute = pT - pH;
		double se = Math.sqrt(variance(pT, target.members()) + variance(pH, holdout.members()));
		double low = absolute - Z_95 * se;
		double high = absolute + Z_95 * se;

		Double relative = null;
		Double relativeLow = null;
		Double relativeHigh = null;
		if (target.withOutcome() > 0 && holdout.withOutcome() > 0) {
			double logRatio = Math.log(pT / pH);
			double seLog = Math.sqrt(1.0 / target.withOutcome() - 1.0 / target.members() + 1.0 / holdout.withOutcome()
					- 1.0 / holdout.members());
			relative = pT / pH - 1;
			relativeLow = Math.exp(logRatio - Z_95 * seLog) - 1;
			relativeHigh = Math.exp(logRatio + Z_95 * seLog) - 1;
		}

		long n = target.members() + holdout.members();
		double pooled = n == 0 ? 0 : (double) (target.withOutcome() + holdout.withOutcome()) / n;
		double sePooled = Math.sqrt(pooled * (1 - pooled) * (inverse(target.members()) + inverse(holdout.members())));
		double pValue = sePooled == 0 ? 1 : 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(absolute) / sePooled);

		double members = target.members();
		double valueDifference = target.meanValue() - holdout.meanValue();
		double seValue = Math.sqrt(target.valueVariance() * inverse(target.members())
				+ holdout.valueVariance() * inverse(holdout.members()));
		return new Lift(target, holdout, absolute, low, high, relative, relativeLow, relativeHigh, pValue,
				absolute * members, low * members, high * members, valueDifference * members,
				(valueDifference - Z_95 * seValue) * members, (valueDifference + Z_95 * seValue) * members,
				tooSmall(target) || tooSmall(holdout));
	}

	private static boolean tooSmall(GroupTally group) {
		return group.members() < MIN_MEMBERS || group.withOutcome() < MIN_EACH_WAY
				|| group.members() - group.withOutcome() < MIN_EACH_WAY;
	}

	private static double variance(double p, long n) {
		return n == 0 ? 0 : p * (1 - p) / n;
	}

	private static double inverse(long n) {
		return n == 0 ? 0 : 1.0 / n;
	}

}
