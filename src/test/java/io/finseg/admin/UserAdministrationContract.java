package io.finseg.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.support.TestAccounts;

/** What an administrator does to accounts, and the rules that protect them, on every database. */
abstract class UserAdministrationContract {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	AppUser admin;

	MockHttpSession adminSession;

	@BeforeEach
	void signInAnAdmin() {
		accounts = new TestAccounts(users, encoder);
		admin = accounts.create("admin", AccessLevel.ADMIN);
		adminSession = TestAccounts.signIn(mvc, admin.getUsername(), TestAccounts.PASSWORD);
	}

	@Test
	void createsAUserWhoMustChooseAPasswordAtFirstSignIn() {
		String username = "mia-" + System.nanoTime();
		MvcTestResult created = mvc.perform(adminPost("/admin/users").param("username", username)
			.param("accessLevel", "MARKETER"));
		AppUser mia = users.findByUsername(username).orElseThrow();
		assertThat(created).hasRedirectedUrl("/admin/users/" + mia.getId());
		String initialPassword = (String) created.getMvcResult().getFlashMap().get("initialPassword");
		assertThat(mia.getAccessLevel()).isEqualTo(AccessLevel.MARKETER);
		assertThat(mia.isMustChangePassword()).isTrue();
		assertThat(mia.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(initialPassword);

		MockHttpSession miaSession = TestAccounts.signIn(mvc, username, initialPassword);
		assertThat(mvc.get().uri("/").session(miaSession)).hasRedirectedUrl("/account/password");
		assertThat(auditCount("USER_CREATED", mia.getId())).isEqualTo(1);
	}

	@Test
	void refusesATakenUserNameWithAMessage() {
		assertThat(mvc.perform(adminPost("/admin/users").param("username", admin.getUsername().toUpperCase())
			.param("accessLevel", "ANALYST"))).hasStatusOk().bodyText().contains("There is already a user with this name.");
	}

	@Test
	void changingTheAccessLevelEndsTheUsersOpenSessions() {
		AppUser marketer = accounts.create("marketer", AccessLevel.MARKETER);
		MockHttpSession marketerSession = TestAccounts.signIn(mvc, marketer.getUsername(), TestAccounts.PASSWORD);
		assertThat(mvc.get().uri("/").session(marketerSession)).hasStatusOk();

		assertThat(mvc.perform(adminPost("/admin/users/" + marketer.getId() + "/access-level")
			.param("accessLevel", "ANALYST")
			.param("version", marketer.getVersion().toString()))).hasRedirectedUrl("/admin/users/" + marketer.getId());

		assertThat(mvc.get().uri("/").session(marketerSession)).hasRedirectedUrl("/login?ended");
		assertThat(users.findById(marketer.getId()).orElseThrow().getAccessLevel()).isEqualTo(AccessLevel.ANALYST);
		assertThat(auditCount("USER_ACCESS_LEVEL_CHANGED", marketer.getId())).isEqualTo(1);
	}

	@Test
	void disablingEndsSessionsAndRefusesSignInUntilEnabledAgain() {
		AppUser analyst = accounts.create("analyst", AccessLevel.ANALYST);
		MockHttpSession analystSession = TestAccounts.signIn(mvc, analyst.getUsername(), TestAccounts.PASSWORD);

		mvc.perform(adminPost("/admin/users/" + analyst.getId() + "/enabled").param("enabled", "false")
			.param("version", analyst.getVersion().toString()));

		assertThat(mvc.get().uri("/").session(analystSession)).hasRedirectedUrl("/login?ended");
		assertThat(mvc.perform(formLogin().user(analyst.getUsername()).password(TestAccounts.PASSWORD)))
			.hasRedirectedUrl("/login?error");

		AppUser disabled = users.findById(analyst.getId()).orElseThrow();
		mvc.perform(adminPost("/admin/users/" + analyst.getId() + "/enabled").param("enabled", "true")
			.param("version", disabled.getVersion().toString()));
		TestAccounts.signIn(mvc, analyst.getUsername(), TestAccounts.PASSWORD);
		assertThat(auditCount("USER_DISABLED", analyst.getId())).isEqualTo(1);
		assertThat(auditCount("USER_ENABLED", analyst.getId())).isEqualTo(1);
	}

	@Test
	void locksAnAccountAfterFiveFailuresWithTheSameMessageAsForAnUnknownUser() {
		AppUser marketer = accounts.create("locked", AccessLevel.MARKETER);
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.perform(formLogin().user(marketer.getUsername()).password("wrong-" + i)))
				.hasRedirectedUrl("/login?error");
		}
		assertThat(mvc.perform(formLogin().user(marketer.getUsername()).password(TestAccounts.PASSWORD)))
			.as("locked, even with the right password")
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.perform(formLogin().user("nobody-" + System.nanoTime()).password("whatever")))
			.hasRedirectedUrl("/login?error");
		assertThat(auditCount("LOCKOUT", marketer.getId())).isEqualTo(1);

		AppUser locked = users.findById(marketer.getId()).orElseThrow();
		assertThat(mvc.get().uri("/admin/users/" + marketer.getId()).session(adminSession)).bodyText().contains("Locked");
		mvc.perform(adminPost("/admin/users/" + marketer.getId() + "/unlock").param("version", locked.getVersion().toString()));
		TestAccounts.signIn(mvc, marketer.getUsername(), TestAccounts.PASSWORD);
		assertThat(auditCount("USER_UNLOCKED", marketer.getId())).isEqualTo(1);
	}

	@Test
	void resettingAPasswordGivesANewInitialPasswordAndEndsSessions() {
		AppUser marketer = accounts.create("reset", AccessLevel.MARKETER);
		MockHttpSession marketerSession = TestAccounts.signIn(mvc, marketer.getUsername(), TestAccounts.PASSWORD);

		MvcTestResult reset = mvc.perform(adminPost("/admin/users/" + marketer.getId() + "/password-reset")
			.param("version", marketer.getVersion().toString()));
		String newPassword = (String) reset.getMvcResult().getFlashMap().get("initialPassword");

		assertThat(mvc.get().uri("/").session(marketerSession)).hasRedirectedUrl("/login?ended");
		MockHttpSession again = TestAccounts.signIn(mvc, marketer.getUsername(), newPassword);
		assertThat(mvc.get().uri("/").session(again)).hasRedirectedUrl("/account/password");
	}

	@Test
	void refusesToChangeTheAdministratorsOwnAccount() {
		MvcTestResult result = mvc.perform(adminPost("/admin/users/" + admin.getId() + "/access-level")
			.param("accessLevel", "ANALYST")
			.param("version", admin.getVersion().toString()));
		assertThat(result.getMvcResult().getFlashMap().get("flashError")).isEqualTo("users.error.self");
		assertThat(users.findById(admin.getId()).orElseThrow().getAccessLevel()).isEqualTo(AccessLevel.ADMIN);
	}

	@Test
	@Transactional
	void refusesToDemoteOrDisableTheLastEnabledAdministrator() {
		jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE access_level = 'ADMIN' AND id <> :id")
			.param("id", admin.getId())
			.update();
		int version = admin.getVersion();
		assertThatThrownBy(() -> administration.changeAccessLevel("another-admin", admin.getId(), AccessLevel.MARKETER, version))
			.isInstanceOf(UserAdministrationException.class)
			.hasMessage("users.error.lastAdmin");
		assertThatThrownBy(() -> administration.setEnabled("another-admin", admin.getId(), false, version))
			.isInstanceOf(UserAdministrationException.class)
			.hasMessage("users.error.lastAdmin");
	}

	@Test
	void reportsAConflictWhenSomeoneElseChangedTheUserFirst() {
		AppUser marketer = accounts.create("stale", AccessLevel.MARKETER);
		String staleVersion = marketer.getVersion().toString();
		mvc.perform(adminPost("/admin/users/" + marketer.getId() + "/access-level").param("accessLevel", "ANALYST")
			.param("version", staleVersion));
		assertThat(mvc.perform(adminPost("/admin/users/" + marketer.getId() + "/access-level").param("accessLevel", "ADMIN")
			.param("version", staleVersion))).hasStatus(409).bodyText().contains("Changed by someone else");
		assertThat(users.findById(marketer.getId()).orElseThrow().getAccessLevel()).isEqualTo(AccessLevel.ANALYST);
	}

	@Test
	void refusesShortCommonAndUsernamePasswords() {
		AppUser newcomer = accounts.withInitialPassword("newcomer", AccessLevel.ANALYST, "first-password-123");
		MockHttpSession session = TestAccounts.signIn(mvc, newcomer.getUsername(), "first-password-123");
		assertThat(choosePassword(session, "first-password-123", "short-one")).bodyText()
			.contains("Choose a password of at least 12 characters.");
		assertThat(choosePassword(session, "first-password-123", "Password1234")).bodyText()
			.contains("This password is on lists of common passwords");
		assertThat(choosePassword(session, "first-password-123", newcomer.getUsername())).bodyText()
			.contains("Your password must not be your user name.");
		assertThat(choosePassword(session, "first-password-123", "lighthouse-orbit-9")).hasRedirectedUrl("/");
		assertThat(auditCount("PASSWORD_CHANGED", newcomer.getId())).isEqualTo(1);
	}

	@Test
	void recordsSignInsAndFailuresInTheAuditLog() {
		AppUser analyst = accounts.create("audited", AccessLevel.ANALYST);
		TestAccounts.signIn(mvc, analyst.getUsername(), TestAccounts.PASSWORD);
		mvc.perform(formLogin().user(analyst.getUsername()).password("not-it"));
		assertThat(auditCount("LOGIN", analyst.getId())).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND actor = :actor")
			.param("actor", analyst.getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private MvcTestResult choosePassword(MockHttpSession session, String current, String chosen) {
		return mvc.perform(post("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", chosen)
			.param("confirmPassword", chosen));
	}

	private MockHttpServletRequestBuilder adminPost(String url) {
		return post(url).session(adminSession).with(csrf());
	}

	private long auditCount(String action, long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :action AND target_type = 'USER' AND target_id = :id")
			.param("action", action)
			.param("id", Long.toString(userId))
			.query(Long.class)
			.single();
	}

}
