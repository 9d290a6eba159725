package io.finseg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.finseg.admin.AccessLevel;
import io.finseg.support.UsesH2;

/**
 * Who may use which URL, written out by hand from DESIGN.md §6 and never derived from the
 * security configuration: the configuration must agree with this table, and every controller
 * mapping must be in it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@UsesH2
class AccessRulesTest {

	private static final Set<AccessLevel> EVERYONE = EnumSet.allOf(AccessLevel.class);

	private static final Set<AccessLevel> ADMINS = EnumSet.of(AccessLevel.ADMIN);

	private static final Set<AccessLevel> MARKETERS = EnumSet.of(AccessLevel.ADMIN, AccessLevel.MARKETER);

	/** No such clustering run: a 404 from the handler still shows that security let the request through. */
	private static final String A_RUN = "987654";

	/** The first admin exists in every fresh database: a real id for URLs that name a user. */
	private static final String A_USER = "1";

	/** No uploaded extract has this token: a 404 from the handler still shows that security let the request through. */
	private static final String NO_EXTRACT = "00000000-0000-0000-0000-000000000000";

	/** A finished job that {@link #exampleRowsExist()} makes sure of, for the URLs with a job id. */
	private static final String EXAMPLE_JOB = "4242";

	static final List<Access> TABLE = List.of(
			Access.open(HttpMethod.GET, "/login"),
			Access.of(HttpMethod.GET, "/", EVERYONE),
			Access.of(HttpMethod.GET, "/account/password", EVERYONE),
			Access.of(HttpMethod.POST, "/account/password", EVERYONE),
			Access.of(HttpMethod.GET, "/admin/users", ADMINS),
			Access.of(HttpMethod.GET, "/admin/users/new", ADMINS),
			Access.of(HttpMethod.POST, "/admin/users", ADMINS),
			Access.of(HttpMethod.GET, "/admin/users/{id}", ADMINS, A_USER),
			Access.of(HttpMethod.POST, "/admin/users/{id}/access-level", ADMINS, A_USER),
			Access.of(HttpMethod.POST, "/admin/users/{id}/enabled", ADMINS, A_USER),
			Access.of(HttpMethod.POST, "/admin/users/{id}/password-reset", ADMINS, A_USER),
			Access.of(HttpMethod.POST, "/admin/users/{id}/unlock", ADMINS, A_USER),
			Access.of(HttpMethod.GET, "/admin/audit", ADMINS),
			Access.of(HttpMethod.GET, "/admin/audit/export", ADMINS),
			Access.of(HttpMethod.GET, "/admin/jobs", ADMINS),
			Access.of(HttpMethod.GET, "/admin/jobs/{id}", ADMINS, EXAMPLE_JOB),
			Access.of(HttpMethod.GET, "/admin/jobs/{id}/progress", ADMINS, EXAMPLE_JOB),
			Access.of(HttpMethod.POST, "/admin/jobs/{id}/cancel", ADMINS, EXAMPLE_JOB),
			Access.of(HttpMethod.GET, "/admin/import", ADMINS),
			Access.of(HttpMethod.POST, "/admin/import", ADMINS),
			Access.of(HttpMethod.GET, "/admin/import/{id}", ADMINS, "1"),
			Access.of(HttpMethod.GET, "/admin/import/{id}/progress", ADMINS, "1"),
			Access.of(HttpMethod.GET, "/admin/import/templates/{table}.csv", ADMINS, "customer"),
			Access.of(HttpMethod.GET, "/admin/extract", ADMINS),
			Access.of(HttpMethod.POST, "/admin/extract", ADMINS),
			Access.of(HttpMethod.GET, "/admin/extract/{token}", ADMINS, NO_EXTRACT),
			Access.of(HttpMethod.POST, "/admin/extract/{token}/preview", ADMINS, NO_EXTRACT),
			Access.of(HttpMethod.POST, "/admin/extract/{token}/mappings", ADMINS, NO_EXTRACT),
			Access.of(HttpMethod.POST, "/admin/extract/{token}/import", ADMINS, NO_EXTRACT),
			Access.of(HttpMethod.POST, "/admin/features/rebuild", ADMINS),
			Access.of(HttpMethod.GET, "/attributes", EVERYONE),
			Access.of(HttpMethod.GET, "/admin/attributes/new", ADMINS),
			Access.of(HttpMethod.POST, "/admin/attributes", ADMINS),
			Access.of(HttpMethod.GET, "/admin/attributes/{key}/edit", ADMINS, "no_such_attribute"),
			Access.of(HttpMethod.POST, "/admin/attributes/{key}/edit", ADMINS, "no_such_attribute"),
			Access.of(HttpMethod.POST, "/admin/attributes/{key}/delete", ADMINS, "no_such_attribute"),
			Access.of(HttpMethod.GET, "/admin/attributes/import", ADMINS),
			Access.of(HttpMethod.POST, "/admin/attributes/import", ADMINS),
			Access.of(HttpMethod.GET, "/customers", EVERYONE),
			Access.of(HttpMethod.GET, "/customers/{id}", EVERYONE, "1"),
			Access.of(HttpMethod.GET, "/admin/customers/{id}/erase", ADMINS, "1"),
			Access.of(HttpMethod.POST, "/admin/customers/{id}/erase", ADMINS, "1"),
			Access.of(HttpMethod.GET, "/admin/data", ADMINS),
			Access.of(HttpMethod.POST, "/admin/data/generate", ADMINS),
			Access.of(HttpMethod.GET, "/segments/new", MARKETERS),
			Access.of(HttpMethod.POST, "/segments/new", MARKETERS),
			Access.of(HttpMethod.POST, "/segments/preview", MARKETERS),
			Access.of(HttpMethod.GET, "/segments/{id}/edit", MARKETERS, "1"),
			Access.of(HttpMethod.POST, "/segments/{id}/edit", MARKETERS, "1"),
			Access.of(HttpMethod.GET, "/segments/{id}/copy", MARKETERS, "1"),
			Access.of(HttpMethod.GET, "/campaigns", EVERYONE),
			Access.of(HttpMethod.GET, "/consent", EVERYONE),
			Access.of(HttpMethod.GET, "/campaigns/new", MARKETERS),
			Access.of(HttpMethod.POST, "/campaigns", MARKETERS),
			Access.of(HttpMethod.GET, "/campaigns/{id}", EVERYONE, "1"),
			Access.of(HttpMethod.POST, "/campaigns/{id}/freeze", MARKETERS, "1"),
			Access.of(HttpMethod.POST, "/campaigns/{id}/approve", ADMINS, "1"),
			Access.of(HttpMethod.GET, "/campaigns/{id}/export.csv", MARKETERS, "1"),
			Access.of(HttpMethod.GET, "/campaigns/{id}/outcomes", EVERYONE, "1"),
			Access.of(HttpMethod.POST, "/campaigns/{id}/outcomes", MARKETERS, "1"),
			Access.example(HttpMethod.POST, "/campaigns/{id}/outcomes/uploads/{upload}/withdraw-consent",
					"/campaigns/1/outcomes/uploads/1/withdraw-consent", ADMINS),
			Access.of(HttpMethod.GET, "/campaigns/{id}/lookalikes", EVERYONE, "1"),
			Access.of(HttpMethod.POST, "/campaigns/{id}/lookalikes", MARKETERS, "1"),
			Access.example(HttpMethod.GET, "/campaigns/{id}/lookalikes/{model}", "/campaigns/1/lookalikes/" + A_RUN, EVERYONE),
			Access.example(HttpMethod.GET, "/campaigns/{id}/lookalikes/{model}/progress", "/campaigns/1/lookalikes/" + A_RUN + "/progress", EVERYONE),
			Access.example(HttpMethod.POST, "/campaigns/{id}/lookalikes/{model}/segment", "/campaigns/1/lookalikes/" + A_RUN + "/segment", MARKETERS),
			Access.example(HttpMethod.POST, "/campaigns/{id}/lookalikes/{model}/cancel", "/campaigns/1/lookalikes/" + A_RUN + "/cancel", MARKETERS),
			Access.example(HttpMethod.POST, "/campaigns/{id}/lookalikes/{model}/score-segment", "/campaigns/1/lookalikes/" + A_RUN + "/score-segment", MARKETERS),
			Access.of(HttpMethod.GET, "/segments", EVERYONE),
			Access.of(HttpMethod.GET, "/segments/overlap", EVERYONE),
			Access.of(HttpMethod.GET, "/segments/{id}", EVERYONE, "1"),
			Access.of(HttpMethod.GET, "/segments/{id}/members/{customerId}/why", EVERYONE, "1"),
			Access.of(HttpMethod.GET, "/segments/{id}/delete", MARKETERS, "1"),
			Access.of(HttpMethod.POST, "/segments/{id}/delete", MARKETERS, "1"),
			Access.of(HttpMethod.GET, "/clustering", EVERYONE),
			Access.of(HttpMethod.GET, "/clustering/new", EVERYONE),
			Access.of(HttpMethod.POST, "/clustering/runs", MARKETERS),
			Access.of(HttpMethod.GET, "/clustering/compare", EVERYONE),
			Access.of(HttpMethod.GET, "/clustering/{id}", EVERYONE, A_RUN),
			Access.of(HttpMethod.GET, "/clustering/{id}/progress", EVERYONE, A_RUN),
			Access.of(HttpMethod.POST, "/clustering/{id}/cancel", MARKETERS, A_RUN),
			Access.example(HttpMethod.POST, "/clustering/{id}/clusters/{cluster}/label", "/clustering/" + A_RUN + "/clusters/0/label", MARKETERS),
			Access.example(HttpMethod.POST, "/clustering/{id}/clusters/{cluster}/segment", "/clustering/" + A_RUN + "/clusters/0/segment", MARKETERS));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void exampleRowsExist() {
		if (jdbc.sql("SELECT COUNT(*) FROM job WHERE id = :id").param("id", Long.parseLong(EXAMPLE_JOB)).query(Long.class).single() == 0) {
			jdbc.sql("""
					INSERT INTO job (id, job_type, status, done, unit, started_by, created_at, cancel_requested, version)
					VALUES (:id, 'ACCESS_EXAMPLE', 'SUCCEEDED', 0, 'rows', 'someone', :at, FALSE, 0)""")
				.param("id", Long.parseLong(EXAMPLE_JOB))
				.param("at", LocalDateTime.of(2026, 11, 24, 9, 30))
				.update();
		}
	}

	static Stream<Access> protectedUrls() {
		return TABLE.stream().filter(access -> !access.open());
	}

	static Stream<Arguments> protectedUrlsByLevel() {
		return protectedUrls().flatMap(access -> EVERYONE.stream().map(level -> Arguments.of(access, level)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("protectedUrls")
	void sendsAnonymousVisitorsToTheLoginPage(Access access) {
		assertThat(mvc.perform(access.request().with(csrf()))).hasStatus3xxRedirection().hasRedirectedUrl("/login");
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("protectedUrlsByLevel")
	void allowsExactlyTheLevelsTheTableNames(Access access, AccessLevel level) {
		MvcTestResult result = mvc.perform(access.request().with(csrf()).with(user("someone").roles(level.name())));
		if (access.levels().contains(level)) {
			// Past security: the handler answered (a 400 for missing form fields still means it was reached).
			assertThat(result.getResponse().getStatus()).as("status").isNotIn(401, 403);
			assertThat(result.getResponse().getRedirectedUrl()).as("redirect").isNotEqualTo("/login");
		}
		else {
			assertThat(result).hasStatus(403);
		}
	}

	@Test
	void servesTheLoginPageToEveryone() {
		assertThat(mvc.get().uri("/login")).hasStatusOk();
	}

	@Test
	void refusesAFormPostWithoutTheCsrfToken() {
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.get().uri("/login").session(session)).hasStatusOk();
		assertThat(mvc.post().uri("/account/password").session(session).with(user("someone").roles("ADMIN")))
			.hasStatus(403);
	}

	@Test
	void sendsAFormPostFromAnExpiredSessionToTheLoginPageWithTheReason() {
		assertThat(mvc.post().uri("/account/password").with(request -> {
			request.setRequestedSessionId("ended-long-ago");
			request.setRequestedSessionIdValid(false);
			return request;
		})).hasRedirectedUrl("/login?expired");
	}

	@Test
	void answersHealthChecksWithoutDetails() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyText()
			.contains("\"status\":\"UP\"")
			.doesNotContain("components", "diskSpace", "db");
		assertThat(mvc.get().uri("/actuator/env")).hasStatus3xxRedirection();
	}

	@Test
	void sendsSecurityHeaders() {
		var response = mvc.get().uri("/login").exchange().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void deniesAnyUrlTheTableDoesNotName() {
		assertThat(mvc.get().uri("/no-such-page").with(user("someone").roles("ADMIN"))).hasStatus(403);
	}

	@Test
	void coversEveryControllerMappingAndNothingElse() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (isFromFinSeg(handler)) {
				Set<HttpMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(HttpMethod.GET)
						: info.getMethodsCondition().getMethods().stream().map(m -> HttpMethod.valueOf(m.name())).collect(Collectors.toSet());
				for (String pattern : info.getPatternValues()) {
					methods.forEach(method -> mapped.add(method + " " + pattern));
				}
			}
		});
		Set<String> inTable = new TreeSet<>();
		TABLE.forEach(access -> inTable.add(access.method() + " " + access.pattern()));
		assertThat(inTable).as("URLs in the access table (left) vs. controller mappings").isEqualTo(mapped);
	}

	private static boolean isFromFinSeg(HandlerMethod handler) {
		return handler.getBeanType().getPackageName().startsWith("io.finseg");
	}

	/** One row of the table: a URL pattern, an example to request, and who may use it. */
	record Access(HttpMethod method, String pattern, String example, Set<AccessLevel> levels, boolean open) {

		static Access of(HttpMethod method, String pattern, Set<AccessLevel> levels) {
			return new Access(method, pattern, pattern, levels, false);
		}

		/** A pattern with path variables, requested with the given value in the place of each. */
		static Access of(HttpMethod method, String pattern, Set<AccessLevel> levels, String variable) {
			return new Access(method, pattern, pattern.replaceAll("\\{[^}]+}", variable), levels, false);
		}

		/** A pattern requested as the given example URL (for patterns with several path variables). */
		static Access example(HttpMethod method, String pattern, String example, Set<AccessLevel> levels) {
			return new Access(method, pattern, example, levels, false);
		}

		static Access open(HttpMethod method, String pattern) {
			return new Access(method, pattern, pattern, EVERYONE, true);
		}

		MockHttpServletRequestBuilder request() {
			return MockMvcRequestBuilders.request(method, example);
		}

		@Override
		public String toString() {
			return method + " " + example;
		}

	}

}
