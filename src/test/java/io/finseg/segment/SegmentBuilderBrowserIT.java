package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.admin.AccessLevel;
import io.finseg.admin.AppUser;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;
import io.finseg.support.Htmx;
import io.finseg.support.TestAccounts;

/** A marketer builds a nested segment in the builder, watching the live count, and saves it. */
@BrowserTest
class SegmentBuilderBrowserIT {

	@Autowired
	SegmentService segments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMarketerBuildsANestedSegmentWatchingTheCountAndSavesIt(Browser browser, BrowserWorld world) throws Exception {
		world.customers(400, 7);
		world.signIn(browser, "builder", AccessLevel.MARKETER);

		browser.open("/segments/new");
		assertThat(browser.find(By.id("live-waiting")).getText()).contains("Add a condition");

		choose(browser, "attribute_r-0", "age");
		browser.type("value_r-0", "30");
		RuleNode.Condition adults = condition("age", Operator.GE, "30");
		awaitCount(browser, List.of(adults));

		click(browser, "addGroup:r");
		choose(browser, "attribute_r-1-0", "has_mortgage");
		RuleNode.Condition mortgage = condition("has_mortgage", Operator.EQ, "true");
		awaitCount(browser, List.of(adults, or(mortgage)));

		click(browser, "addCondition:r-1");
		choose(browser, "attribute_r-1-1", "total_balance");
		choose(browser, "operator_r-1-1", "GT");
		browser.type("value_r-1-1", "50000");
		RuleNode.Condition wealthy = condition("total_balance", Operator.GT, "50000");
		awaitCount(browser, List.of(adults, or(mortgage, wealthy)));

		click(browser, "addGroup:r");
		choose(browser, "attribute_r-2-0", "credit_score");
		browser.type("value_r-2-0", "600");
		click(browser, "addCondition:r-2");
		choose(browser, "attribute_r-2-1", "has_savings");
		List<RuleNode> rule = List.of(adults, or(mortgage, wealthy),
				or(condition("credit_score", Operator.GE, "600"), condition("has_savings", Operator.EQ, "true")));
		awaitCount(browser, rule);
		assertThat(browser.find(By.id("live-sentence")).getText())
			.isEqualTo("age ≥ 30 and (mortgage = Yes or total balance > £50,000) and (credit score ≥ 600 or savings account = Yes)");
		assertThat(browser.find(By.id("live-channels")).getText()).contains("Email", "SMS", "Phone", "Post");
		assertThat(browser.driver().findElements(By.cssSelector("#live-sample li"))).hasSizeBetween(1, 5);
		browser.type("name", "Established savers");
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.driver().executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
		browser.screenshot("segment-builder-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("builder scrolls sideways at 390 px").isFalse();
		browser.screenshot("segment-builder-phone");
		browser.resize(Browser.DESKTOP);

		click(browser, "save");
		long id = Long.parseLong(browser.path().replaceAll("\\D", ""));
		assertThat(segments.get(id).rule()).isEqualTo(new RuleNode.Group(RuleNode.Logic.AND, rule));
		assertThat(segments.get(id).name()).isEqualTo("Established savers");

		long members = segments.count(new RuleNode.Group(RuleNode.Logic.AND, rule), id).customers();
		assertThat(browser.find(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Segment \"Established savers\" saved: %,d customers.".formatted(members));
		long firstMember = segments.members(new RuleNode.Group(RuleNode.Logic.AND, rule), id, 0, 1).get(0);
		String firstName = jdbc.sql("SELECT name FROM customer WHERE customer_id = :id").param("id", firstMember)
			.query(String.class).single();
		assertThat(browser.find(By.id("members")).getText()).contains(firstName);
		WebElement why = browser.find(By.cssSelector("a[href$='/members/" + firstMember + "/why']"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", why);
		why.click();
		assertThat(browser.find(By.id("why-" + firstMember)).getText()).contains("age ≥ 30", "met");
		assertThat(browser.find(By.id("segment-actions")).getText()).contains("Edit", "Duplicate", "Delete");

		AppUser analyst = world.user("reader", AccessLevel.ANALYST);
		browser.driver().manage().deleteAllCookies();
		browser.signIn(analyst.getUsername(), TestAccounts.PASSWORD);
		browser.open("/segments/" + id);
		assertThat(browser.find(By.id("members")).getText()).doesNotContain(firstName).contains(Long.toString(firstMember));
		assertThat(browser.driver().findElements(By.id("segment-actions"))).isEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("a[href$='/edit']"))).isEmpty();
	}

	private static RuleNode.Condition condition(String attribute, Operator operator, String value) {
		return new RuleNode.Condition(attribute, operator, List.of(value));
	}

	private static RuleNode.Group or(RuleNode... children) {
		return new RuleNode.Group(RuleNode.Logic.OR, List.of(children));
	}

	private void awaitCount(Browser browser, List<RuleNode> conditions) {
		long expected = segments.count(new RuleNode.Group(RuleNode.Logic.AND, conditions), null).customers();
		String shown = String.format("%,d", expected);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElements(By.id("live-count")).stream().anyMatch(e -> e.getText().equals(shown)));
	}

	private static void choose(Browser browser, String selectId, String value) {
		Htmx.choose(browser, "builder", selectId, value);
	}

	private static void click(Browser browser, String action) {
		Htmx.press(browser, "builder", action);
	}

}
