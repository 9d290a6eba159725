package io.finseg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.support.UsesH2;

/**
 * The pages the servlet container forwards errors to: they say what happened in words and never
 * show the exception, its message or a stack trace.
 */
@SpringBootTest
@AutoConfigureMockMvc
@UsesH2
class ErrorPagesTest {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "403, Not available to you", "404, Not found", "409, Changed by someone else",
			"400, That request did not work", "500, Something went wrong on our side",
			"503, Something went wrong on our side" })
	void explainsTheErrorWithoutTheExceptionBehindIt(int status, String title) {
		var result = mvc.get()
			.uri("/error")
			.accept(MediaType.TEXT_HTML)
			.with(user("someone").roles("MARKETER"))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
			.requestAttr(RequestDispatcher.ERROR_MESSAGE, "secret-detail from the database")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret-detail in the exception"))
			.exchange();

		assertThat(result).hasStatus(status);
		assertThat(result).bodyText()
			.contains(title)
			.contains("Back to the home page")
			.doesNotContain("secret-detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at io.finseg")
			.doesNotContain("Whitelabel");
	}

}
