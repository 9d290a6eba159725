package io.finseg.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.admin.AccessLevel;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/** A marketer searches, opens a profile and follows a household link. */
@BrowserTest
class CustomerPagesBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMarketerSearchesOpensAProfileAndFollowsAHouseholdLink(Browser browser, BrowserWorld world) throws Exception {
		world.customers(300, 5);
		Map<String, Object> couple = jdbc.sql("""
				SELECT c.customer_id AS one, c.name AS name, o.customer_id AS other, o.name AS other_name
				FROM relationships r JOIN customer c ON c.customer_id = r.customer1_id
				JOIN customer o ON o.customer_id = r.customer2_id
				WHERE r.relationship_type = 'SPOUSE' ORDER BY c.customer_id LIMIT 1""").query().singleRow();
		String name = (String) couple.get(couple.containsKey("name") ? "name" : "NAME");
		String otherName = (String) couple.get(couple.containsKey("other_name") ? "other_name" : "OTHER_NAME");

		world.signIn(browser, "marketer", AccessLevel.MARKETER);

		browser.open("/customers");
		// Other browser tests may share this application context and its database.
		long total = jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
		assertThat(browser.find(By.id("customer-total")).getText()).isEqualTo("%,d customers".formatted(total));
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("customers-desktop");
		browser.type("q", name);
		browser.submit("#customer-search");
		assertThat(browser.find(By.id("customers")).getText()).contains(name);
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("customer list scrolls sideways at 390 px").isFalse();
		browser.screenshot("customers-phone");
		browser.resize(Browser.DESKTOP);

		browser.find(By.linkText(name)).click();
		assertThat(browser.find(By.tagName("h1")).getText()).startsWith(name);
		assertThat(browser.find(By.id("consent")).getText()).contains("Consent");
		browser.screenshot("profile-desktop");
		browser.resize(Browser.PHONE);
		browser.open(browser.path());
		assertThat(browser.scrollsHorizontally()).as("profile scrolls sideways at 390 px").isFalse();
		browser.screenshot("profile-phone");
		browser.resize(Browser.DESKTOP);

		browser.find(By.cssSelector("#household")).findElement(By.linkText(otherName)).click();
		assertThat(browser.find(By.tagName("h1")).getText()).startsWith(otherName);
		assertThat(browser.find(By.id("household")).getText()).contains(name);
	}

}
