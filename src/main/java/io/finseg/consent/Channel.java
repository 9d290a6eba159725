package io.finseg.consent;

/** A way to reach a customer, with the opt-in column of the compliance table that governs it. */
public enum Channel {

	EMAIL("email_opt_in"), SMS("sms_opt_in"), PHONE("phone_opt_in"), POST("post_opt_in");

	private final String optInColumn;

	Channel(String optInColumn) {
		this.optInColumn = optInColumn;
	}

	String optInColumn() {
		return optInColumn;
	}

}
