package io.finseg.clustering;

/**
 * How a feature is changed before standardising. Money amounts are skewed (a few customers hold
 * most of the money), so they are log-transformed; balances may be negative, hence the sign.
 */
public enum Transform {

	NONE, SIGNED_LOG;

	public double apply(double value) {
		if (this == NONE || Double.isNaN(value)) {
			return value;
		}
		return Math.signum(value) * Math.log1p(Math.abs(value));
	}

}
