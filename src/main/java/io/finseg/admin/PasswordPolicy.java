package io.finseg.admin;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What a password chosen by a person must satisfy. Returns the message key of the first rule
 * broken, so the form can say it in words.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	Optional<String> violation(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.equalsIgnoreCase(username)) {
			return Optional.of("password.sameAsUsername");
		}
		return Optional.empty();
	}

}
