package io.finseg.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.admin.AccessLevel;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/** An administrator erases a customer from their profile: confirmation, a wrong id, the right one. */
@BrowserTest
class ErasureBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorErasesACustomerFromTheirProfile(Browser browser, BrowserWorld world) throws Exception {
		world.customers(200, 13);
		long segment = world.segment("Over 40", Purpose.GENERAL, "age", Operator.GE, "40");
		long campaign = world.frozenCampaign("Autumn newsletter", segment, Purpose.GENERAL, 0);
		long id = jdbc.sql("SELECT MIN(customer_id) FROM campaign_member WHERE campaign_id = :id").param("id", campaign)
			.query(Long.class).single();
		world.signIn(browser, "eraser", AccessLevel.ADMIN);

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
