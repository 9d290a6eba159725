package io.finseg.consent;

import java.util.regex.Pattern;

/**
 * The consent rule as SQL, for other rooms to embed in their own queries over a LEFT JOIN of
 * the {@code compliance} table under an alias they choose. A customer may be contacted on
 * channel C only when consent_given is true, C's opt-in is true, do_not_contact is false and
 * regulatory_requirements_met is true. No compliance row (all columns NULL after the LEFT JOIN)
 * is unknown, and unknown is never contactable.
 */
public final class ConsentRule {

	private static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9_]{0,29}");

	private ConsentRule() {
	}

	/**
	 * A condition that is true exactly when the customer may be contacted on the channel; false
	 * (never NULL) otherwise, also when there is no compliance row.
	 *
	 * @param compliance the alias of the LEFT JOINed compliance table, e.g. {@code cp}
	 */
	public static String contactable(Channel channel, String compliance) {
		String c = checked(compliance);
		return "(%s.consent_given = TRUE AND %s.%s = TRUE AND %s.do_not_contact = FALSE AND %s.regulatory_requirements_met = TRUE)"
			.formatted(c, c, channel.optInColumn(), c, c);
	}

	/**
	 * An expression whose value is why the customer may not be contacted on the channel, as the
	 * name of a {@link Suppression}, or NULL when they may: exactly when {@link #contactable} is false.
	 */
	public static String suppressionExpression(Channel channel, String compliance) {
		String c = checked(compliance);
		return ("CASE WHEN %s.customer_id IS NULL THEN 'UNKNOWN'"
				+ " WHEN %s.do_not_contact = TRUE THEN 'DO_NOT_CONTACT'"
				+ " WHEN %s.regulatory_requirements_met = FALSE THEN 'REQUIREMENTS_NOT_MET'"
				+ " WHEN %s.consent_given = FALSE OR %s.%s = FALSE THEN 'NO_CONSENT'"
				+ " ELSE NULL END").formatted(c, c, c, c, c, channel.optInColumn());
	}

	/** An expression whose value is the name of the customer's {@link ConsentStatus}. */
	public static String statusExpression(String compliance) {
		String c = checked(compliance);
		return ("CASE WHEN %s.customer_id IS NULL THEN 'UNKNOWN'"
				+ " WHEN %s.consent_given = FALSE OR %s.do_not_contact = TRUE THEN 'REFUSED'"
				+ " WHEN %s.regulatory_requirements_met = FALSE THEN 'REQUIREMENTS_NOT_MET'"
				+ " ELSE 'CONSENTED' END").formatted(c, c, c, c);
	}

	/** The alias goes into SQL, so it must be a plain name: never anything from a request. */
	private static String checked(String alias) {
		if (!ALIAS.matcher(alias).matches()) {
			throw new IllegalArgumentException("Not a table alias: " + alias);
		}
		return alias;
	}

}
