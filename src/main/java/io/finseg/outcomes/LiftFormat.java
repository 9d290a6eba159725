package io.finseg.outcomes;

import java.util.Locale;

/** Numbers of the results page as a person reads them: percentage points with one decimal, counts with separators. */
public final class LiftFormat {

	private LiftFormat() {
	}

	/** A share (0.021) as points ("2.1"). */
	public static String points(double share) {
		return String.format(Locale.UK, "%.1f", share * 100);
	}

	/** As {@link #points}, with a minus sign (−) for a negative value. */
	public static String signedPoints(double share) {
		String text = points(share);
		return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
	}

	public static String percent(double share) {
		return signedPoints(share) + " %";
	}

	public static String count(double count) {
		return String.format(Locale.UK, "%,d", Math.round(count));
	}

	public static String signedCount(double count) {
		String text = count(count);
		return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
	}

	public static String money(double amount) {
		String text = String.format(Locale.UK, "£%,.0f", Math.abs(amount));
		return amount < -0.5 ? "\u2212" + text : text;
	}

}
