package io.finseg.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.admin.AccessLevel;
import io.finseg.admin.AppUser;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;
import io.finseg.support.TestAccounts;

/** A marketer uploads a campaign's outcomes and reads the results; an analyst reads them; an admin withdraws consent. */
@BrowserTest
class OutcomesBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMarketerUploadsOutcomesAndReadsTheLiftThenAnAdminWithdrawsConsent(Browser browser, BrowserWorld world) throws Exception {
		world.generate(1500, 31);
		world.rebuildFeatures(Duration.ofSeconds(120));
		long segment = world.segment("Adults", Purpose.DEPOSIT_PRODUCT, "age", Operator.GE, "18");
		long id = world.frozenCampaign("Spring savings", segment, Purpose.DEPOSIT_PRODUCT, 30);
		world.signIn(browser, "results", AccessLevel.MARKETER);

		browser.open("/campaigns/" + id);
		var results = browser.find(By.id("open-results"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", results);
		results.click();
		assertThat(browser.find(By.id("no-outcomes")).getText()).contains("No member has the outcome \"Converted\" yet");

		browser.find(By.id("file")).sendKeys(file("bad.csv", "customer_id,outcome,date\n1,BOUGHT,2026-13-01\n").toString());
		browser.submit("#outcomes-form");
		assertThat(browser.find(By.id("outcomes-invalid")).getText()).contains("nothing was recorded");
		assertThat(browser.find(By.id("outcomes-problems")).getText()).contains("\"BOUGHT\" is not an outcome",
				"\"2026-13-01\" is not a date");

		long unsubscribed = 4;
		browser.find(By.id("file")).sendKeys(file("outcomes.csv", planted(id, unsubscribed)).toString());
		browser.submit("#outcomes-form");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).startsWith("Outcomes recorded:");
		String sentence = browser.find(By.id("lift-sentence")).getText();
		assertThat(sentence).startsWith("The campaign raised conversion by").contains("95 % CI", "unlikely to be chance");
		assertThat(browser.find(By.id("rates")).getText()).contains("Target", "Holdout");
		assertThat(browser.find(By.id("incremental-value")).getText()).startsWith("£");

		new Select(browser.find(By.id("by"))).selectByValue("attribute:life_stage");
		browser.submit("#results-choice");
		assertThat(browser.find(By.id("breakdown")).getText()).contains("Young professional");
		assertThat(browser.find(By.id("uploads")).getText()).contains("outcomes.csv", unsubscribed + " unsubscribed");
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("campaign-results-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("results page scrolls sideways at 390 px").isFalse();
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
				browser.find(By.id("lift-sentence")));
		browser.screenshot("campaign-results-phone");
		browser.resize(Browser.DESKTOP);
		assertThat(browser.driver().findElements(By.cssSelector("#uploads form"))).as("only an admin decides on consent").isEmpty();

		AppUser analyst = world.user("reader", AccessLevel.ANALYST);
		browser.driver().manage().deleteAllCookies();
		browser.signIn(analyst.getUsername(), TestAccounts.PASSWORD);
		browser.open("/campaigns/" + id + "/outcomes");
		assertThat(browser.find(By.id("lift-sentence")).getText()).isEqualTo(sentence);
		assertThat(browser.driver().findElements(By.id("outcomes-form"))).isEmpty();

		AppUser admin = world.user("consent", AccessLevel.ADMIN);
		browser.driver().manage().deleteAllCookies();
		browser.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		browser.open("/campaigns/" + id + "/outcomes");
		long upload = jdbc.sql("SELECT MAX(id) FROM campaign_outcome_upload WHERE campaign_id = :id").param("id", id)
			.query(Long.class).single();
		browser.submit("#withdraw-" + upload);
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).contains("Consent for the channel withdrawn");
		assertThat(browser.find(By.id("upload-" + upload)).getText()).contains(admin.getUsername() + " withdrew their consent");
	}

	/** Conversions 10 % in the holdout and 20 % in the target, and a few unsubscribes among target members who have e-mail consent. */
	private String planted(long id, long unsubscribes) {
		Random random = new Random(5);
		StringBuilder csv = new StringBuilder("customer_id,outcome,date,value\n");
		String today = LocalDate.now().toString();
		jdbc.sql("SELECT customer_id, holdout FROM campaign_member WHERE campaign_id = :id ORDER BY customer_id").param("id", id)
			.query(rs -> {
				if (random.nextDouble() < (rs.getBoolean(2) ? 0.10 : 0.20)) {
					csv.append(rs.getLong(1)).append(",CONVERTED,").append(today).append(',').append(200 + random.nextInt(800)).append(".00\n");
				}
			});
		jdbc.sql("""
				SELECT m.customer_id FROM campaign_member m JOIN compliance cp ON cp.customer_id = m.customer_id
				WHERE m.campaign_id = :id AND m.holdout = FALSE AND cp.email_opt_in = TRUE ORDER BY m.customer_id LIMIT :n""")
			.param("id", id).param("n", unsubscribes)
			.query(Long.class).list()
			.forEach(customer -> csv.append(customer).append(",UNSUBSCRIBED,").append(today).append(",\n"));
		return csv.toString();
	}

	private static Path file(String name, String content) throws Exception {
		Path file = Files.createTempDirectory("outcomes").resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file.toAbsolutePath();
	}

}
