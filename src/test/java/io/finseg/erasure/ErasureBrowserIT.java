package io.finseg.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.finseg.admin.AccessLevel;
import io.finseg.admin.AppUser;
import io.finseg.admin.AppUserRepository;
import io.finseg.campaign.CampaignForm;
import io.finseg.campaign.CampaignService;
import io.finseg.campaign.ExportField;
import io.finseg.consent.Channel;
import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;
import io.finseg.support.Browser;
import io.finseg.support.TestAccounts;
import io.finseg.support.UsesBrowser;
import io.finseg.support.UsesH2;

/** An administrator erases a customer from their profile: confirmation, a wrong id, the right one. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@UsesH2
@UsesBrowser
class ErasureBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	SegmentService segments;

	@Autowired
	CampaignService campaigns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorErasesACustomerFromTheirProfile(Browser browser) throws Exception {
		LocalDate asOf = LocalDate.of(2026, 6, 30);
		generator.generate(new GenerationRequest(200, 13, asOf), GenerationProgress.NONE);
		jobs.awaitEnd(features.startRebuild(asOf, "tester"), Duration.ofSeconds(60));
		long segment = segments.create("Over 40", null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("age", Operator.GE, List.of("40")));
		long campaign = campaigns.create(new CampaignForm("Autumn newsletter", segment, Channel.EMAIL, Purpose.GENERAL,
				List.of(ExportField.CUSTOMER_ID, ExportField.NAME, ExportField.EMAIL), 0), "tester");
		campaigns.freeze(campaign, campaigns.get(campaign).version(), "tester");
		long id = jdbc.sql("SELECT MIN(customer_id) FROM campaign_member WHERE campaign_id = :id").param("id", campaign)
			.query(Long.class).single();
		AppUser admin = new TestAccounts(users, encoder).create("eraser", AccessLevel.ADMIN);
		browser.at(port).signIn(admin.getUsername(), TestAccounts.PASSWORD);

		browser.open("/customers/" + id);
		WebElement erase = browser.find(By.id("erase-customer"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", erase);
		browser.screenshot("erasure-profile-button-desktop");
		erase.click();
		assertThat(browser.find(By.id("erasure")).getText()).contains("cannot be undone", "Autumn newsletter: frozen");
		assertThat(browser.path()).isEqualTo("/admin/customers/" + id + "/erase");
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("erasure-confirm-desktop");

		browser.type("confirmation", Long.toString(id + 1));
		browser.submit("#erase-form");
		assertThat(browser.find(By.id("erasure-wrong")).getText()).contains("Nothing was erased");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("confirmation scrolls sideways at 390 px").isFalse();
		browser.screenshot("erasure-confirm-wrong-phone");
		WebElement rows = browser.find(By.id("erasure-rows"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", rows);
		browser.screenshot("erasure-confirm-rows-phone");
		browser.resize(Browser.DESKTOP);

		browser.type("confirmation", Long.toString(id));
		browser.submit("#erase-form");
		assertThat(browser.path()).isEqualTo("/customers");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).startsWith("Customer " + id + " erased: ")
			.endsWith(" rows removed.");
		browser.screenshot("erasure-done-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("erasure-done-phone");
		browser.resize(Browser.DESKTOP);

		browser.open("/customers/" + id);
		assertThat(browser.driver().getPageSource()).doesNotContain("erase-customer");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_member WHERE customer_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

}
