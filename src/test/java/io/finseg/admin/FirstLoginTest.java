package io.finseg.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.support.UsesH2;

@SpringBootTest
@AutoConfigureMockMvc
@UsesH2
@ExtendWith(OutputCaptureExtension.class)
class FirstLoginTest {

	private static final String NEW_PASSWORD = "harbour-lantern-meadow-42";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AppUserRepository users;

	@Autowired
	InitialAdminSetup initialAdmin;

	@Value("${finseg.data-dir}")
	Path dataDir;

	@Test
	void theGeneratedPasswordSignsInOnceAndMustBeReplaced() throws IOException {
		Path file = dataDir.resolve(InitialAdminSetup.PASSWORD_FILE);
		assertThat(file).exists();
		assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		String generated = Files.readString(file).trim();
		assertThat(generated).hasSizeGreaterThanOrEqualTo(16);

		MockHttpSession session = signIn(generated);
		assertThat(mvc.get().uri("/").session(session)).hasRedirectedUrl("/account/password");

		assertThat(changePassword(session, "not-the-password", NEW_PASSWORD, NEW_PASSWORD)).hasStatusOk()
			.bodyText()
			.contains("This is not your current password.");
		assertThat(changePassword(session, generated, "short", "short")).hasStatusOk()
			.bodyText()
			.contains("Choose a password of at least 12 characters.");
		assertThat(changePassword(session, generated, NEW_PASSWORD, NEW_PASSWORD + "x")).hasStatusOk()
			.bodyText()
			.contains("The two new passwords are not the same.");
		assertThat(file).as("kept until the change succeeds").exists();

		assertThat(changePassword(session, generated, NEW_PASSWORD, NEW_PASSWORD)).hasRedirectedUrl("/")
			.flash()
			.containsEntry("flashSuccess", "flash.passwordChanged");
		assertThat(file).doesNotExist();
		assertThat(mvc.get().uri("/").session(session)).hasStatusOk().bodyText().contains("Rows per customer table");

		assertThat(mvc.perform(formLogin().user("admin").password(generated))).hasRedirectedUrl("/login?error");
		MockHttpSession fresh = signIn(NEW_PASSWORD);
		assertThat(mvc.get().uri("/").session(fresh)).hasStatusOk();
	}

	@Test
	void storesTheInitialPasswordOnlyAsABcryptHash() throws IOException {
		AppUser admin = users.findByUsername("admin").orElseThrow();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}$2");
		assertThat(admin.getAccessLevel()).isEqualTo(AccessLevel.ADMIN);
	}

	@Test
	void laterStartsCreateNoUserAndShowNoPassword(CapturedOutput output) throws IOException {
		long usersBefore = users.count();
		String hashBefore = users.findByUsername("admin").orElseThrow().getPasswordHash();
		int outputBefore = output.getOut().length();

		initialAdmin.run(null);

		assertThat(users.count()).isEqualTo(usersBefore);
		assertThat(users.findByUsername("admin").orElseThrow().getPasswordHash()).isEqualTo(hashBefore);
		assertThat(output.getOut().substring(outputBefore)).doesNotContain("password:");
	}

	private MockHttpSession signIn(String password) {
		MvcTestResult login = mvc.perform(formLogin().user("admin").password(password));
		assertThat(login).hasRedirectedUrl("/");
		return (MockHttpSession) login.getMvcResult().getRequest().getSession(false);
	}

	private MvcTestResult changePassword(MockHttpSession session, String current, String chosen, String again) {
		return mvc.perform(post("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", chosen)
			.param("confirmPassword", again));
	}

}
