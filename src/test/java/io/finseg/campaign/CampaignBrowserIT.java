package io.finseg.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.admin.AccessLevel;
import io.finseg.admin.AppUser;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;
import io.finseg.support.TestAccounts;

/** A marketer creates a campaign from a segment, freezes it and downloads the list. */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignBrowserIT {

	@Autowired
	SegmentService segments;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void aMarketerCreatesFreezesAndDownloadsACampaign(Browser browser, BrowserWorld world) throws Exception {
		world.customers(300, 9);
		long segment = world.segment("Savers over 40", Purpose.DEPOSIT_PRODUCT, new RuleNode.Group(
				RuleNode.Logic.AND, List.of(new RuleNode.Condition("age", Operator.GE, List.of("40")))));
		world.signIn(browser, "campaigner", AccessLevel.MARKETER);

		browser.open("/campaigns");
		assertThat(browser.find(By.id("campaigns-empty")).getText()).contains("No campaigns yet");
		browser.open("/campaigns/new?segment=" + segment);
		browser.submit("#campaign-form");
		assertThat(browser.find(By.id("name-error")).getText()).isEqualTo("Give the campaign a name.");
		assertThat(browser.find(By.cssSelector("#campaign-form .alert-danger")).getText())
			.contains("Please correct the fields marked below.", "Give the campaign a name.");
		browser.screenshot("campaign-new-error-desktop");
		browser.type("name", "Autumn savings");
		new Select(browser.find(By.id("channel"))).selectByValue("EMAIL");
		browser.screenshot("campaign-new-desktop");
		browser.submit("#campaign-form");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).contains("Campaign \"Autumn savings\" created");
		assertThat(browser.find(By.id("freeze-card")).getText()).contains("Draft");

		browser.submit("#freeze-form");
		long members = segments.count(segments.get(segment).rule(), segment).customers();
		assertThat(browser.find(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Audience frozen: %,d customers.".formatted(members));
		assertThat(browser.find(By.id("audience-summary")).getText()).startsWith("%,d customers were frozen".formatted(members));
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("campaign-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("campaign page scrolls sideways at 390 px").isFalse();
		browser.screenshot("campaign-phone");
		browser.resize(Browser.DESKTOP);

		long id = Long.parseLong(browser.path().replaceAll("\\D", ""));
		var download = browser.find(By.id("export-csv"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", download);
		download.click();
		Path file = browser.awaitDownload("campaign-" + id + "-email.csv");
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("customer_id,name,email");
		long exportable = jdbc.sql("""
				SELECT COUNT(*) FROM campaign_member m JOIN compliance cp ON cp.customer_id = m.customer_id
				WHERE m.campaign_id = :id AND m.holdout = FALSE AND cp.consent_given = TRUE AND cp.email_opt_in = TRUE
				  AND cp.do_not_contact = FALSE AND cp.regulatory_requirements_met = TRUE""").param("id", id).query(Long.class).single();
		assertThat(lines).hasSize((int) exportable + 1);

		browser.open("/campaigns/" + id);
		assertThat(browser.find(By.id("exports")).getText()).contains("Completed", "campaigner");

		browser.open("/consent");
		assertThat(browser.find(By.id("consent-breakdown")).getText()).contains("All customers", "Savers over 40");
		assertThat(browser.find(By.id("stale-total")).getText()).contains("no consent record");
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("consent-desktop");
		browser.resize(Browser.PHONE);
		browser.open("/consent");
		assertThat(browser.scrollsHorizontally()).as("consent page scrolls sideways at 390 px").isFalse();
		browser.screenshot("consent-phone");
		browser.resize(Browser.DESKTOP);
	}

	@Test
	@Order(2)
	void aFlaggedCreditOfferWaitsForAnotherAdminsApproval(Browser browser, BrowserWorld world) throws Exception {
		if (world.customersWithFeatures() < 100) {
			world.customers(300, 19);
		}
		long segment = world.segment("Under 35 loan " + System.nanoTime(), Purpose.CREDIT_OFFER,
				new RuleNode.Group(RuleNode.Logic.AND, List.of(new RuleNode.Condition("age", Operator.LT, List.of("35")))));
		world.signIn(browser, "lender", AccessLevel.ADMIN);
		AppUser approver = world.user("checker", AccessLevel.ADMIN);
		browser.open("/campaigns/new?segment=" + segment);
		browser.type("name", "Starter loans");
		browser.submit("#campaign-form");
		assertThat(browser.find(By.id("fair-lending")).getText()).contains("approval needed", "age < 35")
			.contains("another admin must approve it");
		browser.submit("#freeze-form");
		assertThat(browser.find(By.cssSelector(".alert-danger")).getText()).contains("an admin other than its creator must approve it");
		String campaignPage = browser.path();

		browser.driver().manage().deleteAllCookies();
		browser.signIn(approver.getUsername(), TestAccounts.PASSWORD);
		browser.open(campaignPage);
		browser.type("reason", "Starter loans are only offered to under-35s by the product's terms");
		browser.screenshot("campaign-approval-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("approval page scrolls sideways at 390 px").isFalse();
		browser.resize(Browser.DESKTOP);
		browser.submit("#approve-form");
		assertThat(browser.find(By.id("approval")).getText()).contains("Approved by " + approver.getUsername(),
				"only offered to under-35s");

		browser.submit("#freeze-form");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).startsWith("Audience frozen");
	}

}
