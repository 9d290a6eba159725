package io.finseg.outcomes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What can happen to a campaign member after the send, as an outcomes file names it. */
public enum Outcome {

	DELIVERED, OPENED, CLICKED, CONVERTED, UNSUBSCRIBED, BOUNCED;

	static Optional<Outcome> named(String text) {
		String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
	}

}
