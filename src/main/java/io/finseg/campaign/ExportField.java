package io.finseg.campaign;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import io.finseg.consent.Channel;

/**
 * A field a campaign export may hold, the customer column it comes from, and the channels it is
 * allowed for: what a channel needs to reach the customer, never more (no identification number,
 * no date of birth, ever).
 */
public enum ExportField {

	CUSTOMER_ID("customer_id", EnumSet.allOf(Channel.class)),

	NAME("name", EnumSet.allOf(Channel.class)),

	EMAIL("email", EnumSet.of(Channel.EMAIL)),

	PHONE("phone", EnumSet.of(Channel.SMS, Channel.PHONE)),

	ADDRESS("address", EnumSet.of(Channel.POST)),

	CITY("city", EnumSet.of(Channel.POST)),

	POSTCODE("postcode", EnumSet.of(Channel.POST)),

	COUNTRY("country", EnumSet.of(Channel.POST));

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private final String column;

	private final Set<Channel> channels;

	ExportField(String column, Set<Channel> channels) {
		this.column = column;
		this.channels = channels;
	}

	public String column() {
		return column;
	}

	public boolean allowedFor(Channel channel) {
		return channels.contains(channel);
	}

	/**
	 * The value as it may go into a spreadsheet: free text that starts with a formula character
	 * gets a leading apostrophe (OWASP CSV injection); an id stays a number and an E.164 phone
	 * number keeps its "+", since both are validated.
	 */
	public String safe(String value) {
		if (value == null || value.isEmpty() || this == CUSTOMER_ID) {
			return value;
		}
		if (this == PHONE && E164.matcher(value).matches()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\n';
		return formula ? "'" + value : value;
	}

}
