package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.finseg.admin.AccessLevel;
import io.finseg.segment.BehaviourCondition.Activity;
import io.finseg.segment.BehaviourCondition.Filter;
import io.finseg.segment.BehaviourCondition.Measure;
import io.finseg.segment.BehaviourCondition.Period;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;
import io.finseg.support.Htmx;

/**
 * A marketer builds "age ≥ 30 and at least 3 card payments in the last 90 days" in the builder,
 * watching the live count, saves it and opens it again.
 */
@BrowserTest
class BehaviourBuilderBrowserIT {

	private static final Path DOCS_SCREENSHOTS = Path.of("docs", "screenshots");

	@Autowired
	SegmentService segments;

	@Test
	void aMarketerCombinesCardPaymentsWithAFeatureSavesAndReopensIt(Browser browser, BrowserWorld world) throws Exception {
		world.customers(600, 5);
		world.signIn(browser, "behaviour", AccessLevel.MARKETER);

		browser.open("/segments/new");
		Htmx.choose(browser, "builder", "attribute_r-0", "age");
		browser.type("value_r-0", "30");
		RuleNode adults = new RuleNode.Condition("age", Operator.GE, List.of("30"));
		awaitCount(browser, List.of(adults));

		Htmx.press(browser, "builder", "addBehaviour:r");
		BehaviourCondition anyPayment = new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "1", List.of(),
				Period.lastDays(90));
		awaitCount(browser, List.of(adults, anyPayment));
		assertThat(segments.count(new RuleNode.Group(RuleNode.Logic.AND, List.of(adults, anyPayment)), null).customers())
			.as("customers of 30 or more with a payment in 90 days").isPositive();

		browser.type("threshold_r-1", "3");
		WebElement card = browser.find(By.cssSelector("input[name='f_r-1_method'][value='CARD']"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", card);
		card.click();
		BehaviourCondition cardPayments = new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "3",
				List.of(new Filter("method", Operator.IN, List.of("CARD"))), Period.lastDays(90));
		awaitSentence(browser, "age ≥ 30 and at least 3 card payments in the last 90 days");
		awaitCount(browser, List.of(adults, cardPayments));

		browser.type("name", "Card regulars");
		assertThat(browser.scrollsHorizontally()).isFalse();
		WebElement rules = browser.find(By.cssSelector(".builder-rules"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", rules);
		document(browser, "segment-builder-behaviour");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("builder scrolls sideways at 390 px").isFalse();
		rules = browser.find(By.id("node_r-1"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", rules);
		document(browser, "segment-builder-behaviour-phone");
		browser.resize(Browser.DESKTOP);

		Htmx.press(browser, "builder", "save");
		long id = Long.parseLong(browser.path().replaceAll("\\D", ""));
		RuleNode saved = new RuleNode.Group(RuleNode.Logic.AND, List.of(adults, cardPayments));
		assertThat(segments.get(id).rule()).isEqualTo(saved);
		assertThat(browser.find(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Segment \"Card regulars\" saved: %,d customers.".formatted(segments.count(saved, id).customers()));

		browser.open("/segments/" + id + "/edit");
		assertThat(browser.find(By.id("threshold_r-1")).getAttribute("value")).isEqualTo("3");
		assertThat(browser.find(By.id("days_r-1")).getAttribute("value")).isEqualTo("90");
		assertThat(browser.find(By.cssSelector("input[name='f_r-1_method'][value='CARD']")).isSelected()).isTrue();
		assertThat(browser.find(By.cssSelector("input[name='f_r-1_method'][value='TRANSFER']")).isSelected()).isFalse();
		awaitSentence(browser, "age ≥ 30 and at least 3 card payments in the last 90 days");
		awaitCount(browser, List.of(adults, cardPayments));
	}

	private void awaitCount(Browser browser, List<RuleNode> conditions) {
		long expected = segments.count(new RuleNode.Group(RuleNode.Logic.AND, conditions), null).customers();
		String shown = String.format("%,d", expected);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElements(By.id("live-count")).stream().anyMatch(e -> e.getText().equals(shown)));
	}

	private static void awaitSentence(Browser browser, String sentence) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElements(By.id("live-sentence")).stream().anyMatch(e -> e.getText().equals(sentence)));
	}

	private static void document(Browser browser, String name) throws Exception {
		Path shot = browser.screenshot(name);
		Files.createDirectories(DOCS_SCREENSHOTS);
		Files.copy(shot, DOCS_SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
