package io.finseg.segment;

import java.util.List;

/**
 * "At least N / at most N / a total of at least X of <activity> where <filters> in <period>":
 * a condition on a customer's rows in the transactions, payments or communication log. Values
 * stay as the marketer typed them, like a {@link RuleNode.Condition}'s, and are checked (and
 * refused in words) when the rule is compiled; the filter fields come from {@link ActivityTable}.
 *
 * @param threshold a whole number for the counts, an amount for the total
 */
public record BehaviourCondition(Activity activity, Measure measure, String threshold, List<Filter> filters,
		Period period) implements RuleNode {

	public BehaviourCondition {
		filters = filters == null ? List.of() : List.copyOf(filters);
		period = period == null ? Period.ever() : period;
	}

	/** The customer table a behavioural condition counts rows of. */
	public enum Activity {
		TRANSACTIONS, PAYMENTS, COMMUNICATIONS
	}

	public enum Measure {

		AT_LEAST, AT_MOST, TOTAL_AT_LEAST;

		public boolean isTotal() {
			return this == TOTAL_AT_LEAST;
		}

	}

	/** {@code field operator values} on the activity's own rows, e.g. method is one of (CARD). */
	public record Filter(String field, Operator operator, List<String> values) {

		public Filter {
			values = values == null ? List.of() : List.copyOf(values);
		}

	}

	/** When the rows happened: in the last N days up to the features' as-of date, between two dates, or ever. */
	public record Period(Kind kind, List<String> values) {

		public Period {
			kind = kind == null ? Kind.EVER : kind;
			values = values == null ? List.of() : List.copyOf(values);
		}

		public static Period lastDays(int days) {
			return new Period(Kind.LAST_DAYS, List.of(Integer.toString(days)));
		}

		public static Period between(String from, String to) {
			return new Period(Kind.BETWEEN, List.of(from, to));
		}

		public static Period ever() {
			return new Period(Kind.EVER, List.of());
		}

		public enum Kind {

			LAST_DAYS(1), BETWEEN(2), EVER(0);

			private final int arity;

			Kind(int arity) {
				this.arity = arity;
			}

			public int arity() {
				return arity;
			}

		}

	}

}
