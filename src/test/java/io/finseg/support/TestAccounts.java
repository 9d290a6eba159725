package io.finseg.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.admin.AccessLevel;
import io.finseg.admin.AppUser;
import io.finseg.admin.AppUserRepository;

/**
 * Real users with a known password for tests that sign in. Names are unique per call, so tests
 * on the shared MariaDB test database never collide.
 */
public final class TestAccounts {

	public static final String PASSWORD = "correct-horse-battery-77";

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	public TestAccounts(AppUserRepository users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
	}

	/** A user who has already chosen their password ({@link #PASSWORD}). */
	public AppUser create(String prefix, AccessLevel level) {
		AppUser user = withInitialPassword(prefix, level, PASSWORD);
		users.updatePassword(user.getId(), encoder.encode(PASSWORD), false, user.getVersion());
		return users.findById(user.getId()).orElseThrow();
	}

	/** A user who must still replace the given initial password. */
	public AppUser withInitialPassword(String prefix, AccessLevel level, String password) {
		String username = prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		return users.save(AppUser.withInitialPassword(username, encoder.encode(password), level, LocalDateTime.now()));
	}

	public static MockHttpSession signIn(MockMvcTester mvc, String username, String password) {
		MvcTestResult login = mvc.perform(formLogin().user(username).password(password));
		assertThat(login).as("sign-in of %s", username).hasRedirectedUrl("/");
		return (MockHttpSession) login.getMvcResult().getRequest().getSession(false);
	}

}
