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

	private static final Set<AccessLevel> ADMIN = Set.of(AccessLevel.ADMIN);

	/** A finished job that {@link #exampleRowsExist()} makes sure of, for the URLs with a job id. */
	private static final long EXAMPLE_JOB = 4_242;

	static final List<Access> TABLE = List.of(
			Access.open(HttpMethod.GET, "/login"),
			Access.of(HttpMethod.GET, "/", EVERYONE),
			Access.of(HttpMethod.GET, "/account/password", EVERYONE),
			Access.of(HttpMethod.POST, "/account/password", EVERYONE),
			Access.of(HttpMethod.GET, "/admin/jobs", ADMIN),
			Access.of(HttpMethod.GET, "/admin/jobs/{id}", "/admin/jobs/" + EXAMPLE_JOB, ADMIN),
			Access.of(HttpMethod.GET, "/admin/jobs/{id}/progress", "/admin/jobs/" + EXAMPLE_JOB + "/progress", ADMIN),
			Access.of(HttpMethod.POST, "/admin/jobs/{id}/cancel", "/admin/jobs/" + EXAMPLE_JOB + "/cancel", ADMIN));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void exampleRowsExist() {
		if (jdbc.sql("SELECT COUNT(*) FROM job WHERE id = :id").param("id", EXAMPLE_JOB).query(Long.class).single() == 0) {
			jdbc.sql("""
					INSERT INTO job (id, job_type, status, done, unit, started_by, created_at, cancel_requested, version)
					VALUES (:id, 'ACCESS_EXAMPLE', 'SUCCEEDED', 0, 'rows', 'someone', :at, FALSE, 0)""")
				.param("id", EXAMPLE_JOB)
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
			assertThat(result.getResponse().getStatus()).as("status").isLessThan(400);
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
		assertThat(mvc.post().uri("/account/password").with(user("someone").roles("ADMIN"))).hasStatus(403);
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

		/** A pattern with path variables, requested as the example URL. */
		static Access of(HttpMethod method, String pattern, String example, Set<AccessLevel> levels) {
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
