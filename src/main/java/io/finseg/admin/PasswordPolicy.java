package io.finseg.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password chosen by a person must satisfy. Returns the message key of the first rule
 * broken, so the form can say it in words.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private final Set<String> commonPasswords;

	PasswordPolicy() {
		ClassPathResource list = new ClassPathResource("admin/common-passwords.txt");
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			commonPasswords = reader.lines()
				.map(String::trim)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Optional<String> violation(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.equalsIgnoreCase(username)) {
			return Optional.of("password.sameAsUsername");
		}
		if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.tooCommon");
		}
		return Optional.empty();
	}

}
