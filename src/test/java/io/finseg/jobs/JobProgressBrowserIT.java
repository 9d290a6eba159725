package io.finseg.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;

/** An administrator watches a long job move and stops it, in a real browser. */
@BrowserTest
@TestJobTypes
class JobProgressBrowserIT {

	private static final String USERNAME = "jobs-admin";

	private static final String PASSWORD = "amber-kettle-orchard-77";

	@LocalServerPort
	int port;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void anAdministratorExists() {
		if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", USERNAME).query(Long.class).single() == 0) {
			jdbc.sql("""
					INSERT INTO app_user (username, password_hash, access_level, enabled, failed_logins,
					                      must_change_password, created_at, version)
					VALUES (:u, :hash, 'ADMIN', TRUE, 0, FALSE, :at, 0)""")
				.param("u", USERNAME)
				.param("hash", passwordEncoder.encode(PASSWORD))
				.param("at", LocalDateTime.now())
				.update();
		}
	}

	@Test
	void watchesTheProgressBarMoveWithoutReloadingThenCancelsTheJob(Browser browser) throws InterruptedException {
		long id = jobs.start(TestJobTypes.SLOW, USERNAME, context -> {
			for (long done = 50; done <= 10_000; done += 50) {
				context.throwIfCancelled();
				Thread.sleep(100);
				context.progress(done, 10_000);
				context.message("jobsTest.kept", done);
			}
			return JobOutcome.succeeded("jobs.message.succeeded");
		});
		signIn(browser);

		browser.open("/admin/jobs/" + id);
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Slow test count");
		browser.driver().executeScript("window.finsegNotReloaded = true;");
		int firstPercent = awaitPercentAbove(browser, -1);
		int laterPercent = awaitPercentAbove(browser, firstPercent);
		assertThat(laterPercent).isGreaterThan(firstPercent);
		assertThat(browser.driver().executeScript("return window.finsegNotReloaded === true;"))
			.as("the page was updated in place, not reloaded")
			.isEqualTo(true);
		assertThat(progress(browser).getText()).contains("Running", "customers per second", "Time left", "Cancel job");
		assertThat(browser.scrollsHorizontally()).isFalse();
		assertThat(browser.driver().getPageSource()).as("every label found").doesNotContain("??");
		browser.screenshot("job-running-desktop");

		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("scrolls sideways at 390 px").isFalse();
		browser.screenshot("job-running-phone");
		browser.resize(Browser.DESKTOP);

		browser.driver().executeScript("document.getElementById('job-cancel-" + id + "').focus();");
		awaitPercentAbove(browser, awaitPercentAbove(browser, laterPercent));
		assertThat(browser.driver().executeScript("return document.activeElement.id;"))
			.as("keyboard focus stays on Cancel while the progress refreshes")
			.isEqualTo("job-cancel-" + id);
		browser.find(By.id("job-cancel-" + id)).click();
		assertThat(browser.find(By.cssSelector("[role=status]")).getText())
			.startsWith("Cancel requested: the job stops after its current step");
		waitUntil(browser, () -> "CANCELLED".equals(progress(browser).getDomAttribute("data-job-status")));
		WebElement ended = progress(browser);
		assertThat(ended.getText()).contains("Cancelled", "Kept the first", "customers.").doesNotContain("Cancel job");
		assertThat(ended.getDomAttribute("hx-trigger")).as("polling stopped").isNull();
		assertThat(jobs.get(id).status()).isEqualTo(JobStatus.CANCELLED);
		browser.screenshot("job-cancelled-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("scrolls sideways at 390 px").isFalse();
		browser.screenshot("job-cancelled-phone");

		browser.open("/admin/jobs");
		assertThat(browser.find(By.id("job-" + id)).getText()).contains("Slow test count", "Cancelled");
		assertThat(browser.scrollsHorizontally()).as("scrolls sideways at 390 px").isFalse();
		browser.screenshot("jobs-list-phone");
		browser.resize(Browser.DESKTOP);
		browser.open("/admin/jobs");
		assertThat(browser.find(By.cssSelector(".app-nav-menu > summary.active")).getText()).isEqualTo("Admin");
		assertThat(browser.driver().findElement(By.cssSelector(".app-nav-menu a[aria-current=page]")).getDomProperty("textContent")).isEqualTo("Jobs");
		browser.screenshot("jobs-list-desktop");
	}

	private void signIn(Browser browser) {
		browser.at(port).signIn(USERNAME, PASSWORD);
		browser.find(By.tagName("h1"));
		assertThat(browser.path()).isEqualTo("/");
	}

	private static WebElement progress(Browser browser) {
		return browser.find(By.cssSelector(".job-progress"));
	}

	private static int awaitPercentAbove(Browser browser, int percent) {
		int[] seen = new int[1];
		waitUntil(browser, () -> {
			String now = progress(browser).findElement(By.cssSelector("[role=progressbar]")).getDomAttribute("aria-valuenow");
			if (now == null || Integer.parseInt(now) <= percent) {
				return false;
			}
			seen[0] = Integer.parseInt(now);
			return true;
		});
		return seen[0];
	}

	private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(driver -> condition.getAsBoolean());
	}

}
