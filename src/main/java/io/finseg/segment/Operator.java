package io.finseg.segment;

/**
 * What a condition asks of an attribute. Comparisons never match an empty value; {@code NE} and
 * {@code NOT_IN} match empty values too ("not gold" includes "no tier"); {@code IS_EMPTY} and
 * {@code IS_NOT_EMPTY} test it (docs/segments.md).
 */
public enum Operator {

	EQ(1), NE(1), LT(1), LE(1), GT(1), GE(1), BETWEEN(2), IN(-1), NOT_IN(-1), IS_EMPTY(0), IS_NOT_EMPTY(0),
	CONTAINS(1), STARTS_WITH(1), BEFORE(1), AFTER(1),

	/** For a "days since" attribute: at most N days ago (never for an empty value). */
	WITHIN_LAST_DAYS(1);

	/** How many values the operator takes; -1 for one or more. */
	private final int arity;

	Operator(int arity) {
		this.arity = arity;
	}

	boolean acceptsValueCount(int count) {
		return arity < 0 ? count >= 1 : count == arity;
	}

	public int arity() {
		return arity;
	}

}
