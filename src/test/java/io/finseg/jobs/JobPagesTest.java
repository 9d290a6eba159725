package io.finseg.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.finseg.support.UsesH2;

@SpringBootTest
@AutoConfigureMockMvc
@UsesH2
@TestJobTypes
class JobPagesTest {

	private static final LocalDateTime START = LocalDateTime.of(2026, 11, 24, 9, 30);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Jobs jobs;

	@Nested
	class JobList {

		@Test
		void saysWhatToDoWhenThereAreNoJobs() {
			jdbc.sql("DELETE FROM job").update();

			assertThat(mvc.get().uri("/admin/jobs").with(admin())).hasStatusOk()
				.hasViewName("jobs/list")
				.bodyText()
				.contains("<title>Jobs · FinSeg</title>", "No jobs yet", "Go to your customer data")
				.doesNotContain("id=\"jobs-table\"");
		}

		@Test
		void showsEachJobWithLabelsProgressWhoWhenAndHowLong() throws Exception {
			long running = JobRows.job("TEST_SLOW")
				.status(JobStatus.RUNNING)
				.progress(12_345, 100_000L, "customers")
				.rate(2_345.6)
				.startedBy("ann")
				.ran(START, null)
				.insert(jdbc);
			long failed = JobRows.job("TEST_COUNT")
				.status(JobStatus.FAILED)
				.progress(400, null, "rows")
				.message("Stopped by an unexpected error.")
				.ran(START, START.plusSeconds(125))
				.insert(jdbc);

			String page = mvc.get().uri("/admin/jobs").with(admin()).exchange().getResponse().getContentAsString();

			assertThat(rowOf(page, running)).contains("Slow test count", "Running", "12% of 100,000 customers", "ann",
					"24 Nov 2026, 09:30", "aria-valuenow=\"12\"", "href=\"/admin/jobs/" + running + "\"");
			assertThat(rowOf(page, failed)).contains("Count test rows", "Failed", "400 rows", "2 min 5 s",
					"Stopped by an unexpected error.");
			assertThat(page.indexOf("id=\"job-" + failed + "\"")).as("newest first")
				.isLessThan(page.indexOf("id=\"job-" + running + "\""));
			assertThat(page).doesNotContain("TEST_SLOW<", "RUNNING<", "??");
		}

	}

	@Nested
	class Detail {

		@Test
		void showsARunningJobWithProgressThatPollsEverySecond() {
			long id = JobRows.job("TEST_SLOW")
				.status(JobStatus.RUNNING)
				.progress(40_000, 100_000L, "customers")
				.rate(2_000)
				.ran(START, null)
				.insert(jdbc);

			assertThat(mvc.get().uri("/admin/jobs/" + id).with(admin())).hasStatusOk()
				.bodyText()
				.contains("<title>Slow test count · Jobs · FinSeg</title>", "Started by ann on 24 Nov 2026, 09:30",
						"hx-get=\"/admin/jobs/" + id + "/progress\"", "hx-trigger=\"every 1s\"", "hx-swap=\"outerHTML\"",
						"40%", "40,000 of 100,000 customers", "2,000 customers per second", "about", "30 s",
						"Cancel job", "action=\"/admin/jobs/" + id + "/cancel\"", "name=\"_csrf\"");
		}

		@Test
		void answersAnUnknownJobWithNotFound() {
			assertThat(mvc.get().uri("/admin/jobs/" + Long.MAX_VALUE).with(admin())).hasStatus(404);
		}

	}

	@Nested
	class Progress {

		@Test
		void returnsTheFragmentThatKeepsPollingWhileTheJobRuns() {
			long id = JobRows.job("TEST_SLOW").status(JobStatus.RUNNING).progress(500, 1_000L, "customers").insert(jdbc);

			assertThat(mvc.get().uri("/admin/jobs/" + id + "/progress").header("HX-Request", "true").with(admin()))
				.hasStatusOk()
				.bodyText()
				.contains("<div class=\"card job-progress\"")
				.contains("hx-trigger=\"every 1s\"", "50%", "Running")
				.doesNotContain("<html", "app-header");
		}

		@Test
		void stopsPollingOnceTheJobHasEndedAndShowsWhatItDidWithALinkToTheResult() {
			long id = JobRows.job("TEST_COUNT")
				.status(JobStatus.SUCCEEDED)
				.progress(2_000, 2_000L, "rows")
				.rate(1_234.5)
				.message("Counted 2,000 rows.")
				.resultLink("/segments/7")
				.ran(START, START.plusSeconds(3_725))
				.insert(jdbc);

			assertThat(mvc.get().uri("/admin/jobs/" + id + "/progress").with(admin())).hasStatusOk()
				.bodyText()
				.contains("Finished", "100%", "Counted 2,000 rows.", "href=\"/segments/7\"", "See the result",
						"1 h 2 min", "1,234 rows per second")
				.doesNotContain("hx-get", "hx-trigger", "Cancel job");
		}

	}

	@Nested
	class Cancel {

		@Test
		void stopsARunningJobAndSaysSoAfterTheRedirect() throws InterruptedException {
			long id = jobs.start(TestJobTypes.SLOW, "ann", JobsContract.slowCount());

			assertThat(mvc.post().uri("/admin/jobs/" + id + "/cancel").with(csrf()).with(admin()))
				.hasRedirectedUrl("/admin/jobs/" + id)
				.flash()
				.containsEntry("flashSuccess", "flash.jobCancelRequested");

			assertThat(jobs.awaitEnd(id, Duration.ofSeconds(20)).status()).isEqualTo(JobStatus.CANCELLED);
		}

		@Test
		void saysSoWhenTheJobHadAlreadyEnded() {
			long id = JobRows.job("TEST_COUNT").status(JobStatus.SUCCEEDED).insert(jdbc);

			assertThat(mvc.post().uri("/admin/jobs/" + id + "/cancel").with(csrf()).with(admin()))
				.hasRedirectedUrl("/admin/jobs/" + id)
				.flash()
				.containsEntry("flashError", "flash.jobAlreadyEnded");
			assertThat(jobs.get(id).status()).isEqualTo(JobStatus.SUCCEEDED);
		}

		@Test
		void refusesAPostWithoutTheCsrfToken() {
			long id = JobRows.job("TEST_SLOW").status(JobStatus.RUNNING).insert(jdbc);

			// With a session that holds a CSRF token, as a real browser's would; without any session
			// the request counts as an expired session and goes to the login page instead.
			MockHttpSession session = new MockHttpSession();
			assertThat(mvc.get().uri("/login").session(session)).hasStatusOk();
			assertThat(mvc.post().uri("/admin/jobs/" + id + "/cancel").session(session).with(admin())).hasStatus(403);
			assertThat(jobs.get(id).cancelRequested()).isFalse();
		}

	}

	@Nested
	class EmbeddedInAnotherRoom {

		@Test
		void pollsTheRoomsOwnUrlAndShowsNoCancelButtonWithoutACancelUrl() {
			long id = JobRows.job("TEST_SLOW").status(JobStatus.RUNNING).progress(10, 100L, "customers").insert(jdbc);

			assertThat(mvc.get().uri("/admin/other-room/runs/" + id + "/progress").with(admin())).hasStatusOk()
				.bodyText()
				.contains("hx-get=\"/admin/other-room/runs/" + id + "/progress\"", "hx-trigger=\"every 1s\"", "10%")
				.doesNotContain("/admin/jobs/", "Cancel job");
		}

	}

	/** How another room shows a job's progress on its own page, polled from its own URL. */
	@TestConfiguration
	static class AnotherRoom {

		@Controller
		static class RunProgressController {

			private final Jobs jobs;

			RunProgressController(Jobs jobs) {
				this.jobs = jobs;
			}

			@GetMapping("/admin/other-room/runs/{id}/progress")
			String progress(@PathVariable long id, Model model) {
				model.addAttribute("job", jobs.get(id));
				model.addAttribute("pollUrl", "/admin/other-room/runs/" + id + "/progress");
				model.addAttribute("cancelUrl", null);
				return "jobs/progress :: progressOf";
			}

		}

	}

	@Nested
	class Navigation {

		@Test
		void showsTheJobsLinkToAdminsOnly() {
			assertThat(mvc.get().uri("/").with(admin())).bodyText().contains("href=\"/admin/jobs\"");
			assertThat(mvc.get().uri("/").with(user("mia").roles("MARKETER"))).bodyText()
				.doesNotContain("/admin/jobs");
		}

	}

	private static RequestPostProcessor admin() {
		return user("ann").roles("ADMIN");
	}

	private static String rowOf(String page, long jobId) {
		int start = page.indexOf("id=\"job-" + jobId + "\"");
		assertThat(start).as("row of job %d", jobId).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

}
