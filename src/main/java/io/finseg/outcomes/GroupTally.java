package io.finseg.outcomes;

/**
 * One group of members (target or holdout): how many, how many had the outcome, and the sum and
 * sum of squares of the outcome's value per member (a member without the outcome counts as 0).
 */
public record GroupTally(long members, long withOutcome, double valueSum, double valueSquares) {

	static final GroupTally EMPTY = new GroupTally(0, 0, 0, 0);

	GroupTally plus(boolean hadOutcome, double value) {
		return new GroupTally(members + 1, withOutcome + (hadOutcome ? 1 : 0), valueSum + value, valueSquares + value * value);
	}

	double rate() {
		return members == 0 ? 0 : (double) withOutcome / members;
	}

	double meanValue() {
		return members == 0 ? 0 : valueSum / members;
	}

	/** The sample variance of the value per member. */
	double valueVariance() {
		if (members < 2) {
			return 0;
		}
		double mean = meanValue();
		return Math.max(0, (valueSquares - members * mean * mean) / (members - 1));
	}

}
