package io.finseg.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.support.UsesH2;

@SpringBootTest(properties = "finseg.initial-admin-password=" + ConfiguredAdminPasswordTest.CONFIGURED)
@AutoConfigureMockMvc
@UsesH2
class ConfiguredAdminPasswordTest {

	static final String CONFIGURED = "configured-first-password-7";

	@Autowired
	MockMvcTester mvc;

	@Value("${finseg.data-dir}")
	Path dataDir;

	@Test
	void usesTheConfiguredPasswordWritesNoFileAndStillAsksForANewOne() {
		assertThat(dataDir.resolve(InitialAdminSetup.PASSWORD_FILE)).doesNotExist();

		MvcTestResult login = mvc.perform(formLogin().user("admin").password(CONFIGURED));
		assertThat(login).hasRedirectedUrl("/");
		MockHttpSession session = (MockHttpSession) login.getMvcResult().getRequest().getSession(false);
		assertThat(mvc.get().uri("/").session(session)).hasRedirectedUrl("/account/password");
	}

}
