package io.finseg.profile;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A row's place in the sort order, as an opaque token in the URL: the sort value and the id. */
record Keyset(String value, long id) {

	String token() {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString((id + "\u0000" + (value == null ? "" : value)).getBytes(StandardCharsets.UTF_8));
	}

	/** The keyset of a token, or null when the token is not one of ours. */
	static Keyset parse(String token) {
		if (token == null) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			int separator = text.indexOf('\u0000');
			return new Keyset(text.substring(separator + 1), Long.parseLong(text.substring(0, separator)));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException e) {
			return null;
		}
	}

}
