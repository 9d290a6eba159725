package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.finseg.admin.AccessLevel;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/** A marketer reads the segment list, a segment's detail with why a member matches, and the overlap. */
@BrowserTest
class SegmentPagesBrowserIT {

	/** Desktop width, tall enough for a whole page in one screenshot. */
	static final Dimension TALL_DESKTOP = new Dimension(1280, 1500);

	@Autowired
	SegmentService segments;

	@Test
	void aMarketerReadsTheListADetailWithWhyAndTheOverlapAtDesktopAndPhoneWidth(Browser browser, BrowserWorld world) throws Exception {
		world.generate(2000, 23);
		long lapsed = segments.create("Lapsed customers", "No transaction for three months", Purpose.RETENTION, "mia",
				new RuleNode.Group(RuleNode.Logic.OR, List.of(new RuleNode.Condition("days_since_last_tx", Operator.GT, List.of("90")),
						new RuleNode.Condition("days_since_last_tx", Operator.IS_EMPTY, List.of()))));
		segments.create("Young savers", "Under 30 with savings", Purpose.DEPOSIT_PRODUCT, "mia", new RuleNode.Group(RuleNode.Logic.AND,
				List.of(new RuleNode.Condition("age", Operator.LT, List.of("30")),
						new RuleNode.Condition("has_savings", Operator.EQ, List.of("true")))));
		segments.create("Mortgage holders", null, Purpose.GENERAL, "leo",
				new RuleNode.Condition("has_mortgage", Operator.EQ, List.of("true")));
		long active = segments.create("Active adults with a mortgage or savings", "Still spending, worth a call", Purpose.CREDIT_OFFER,
				"mia", new RuleNode.Group(RuleNode.Logic.AND, List.of(new RuleNode.Condition("age", Operator.GE, List.of("30")),
						new RuleNode.Group(RuleNode.Logic.OR, List.of(new RuleNode.Condition("has_mortgage", Operator.EQ, List.of("true")),
								new RuleNode.Condition("total_balance", Operator.GT, List.of("50000")))),
						new RuleNode.SegmentReference(lapsed, true))));
		for (LocalDate asOf : List.of(BrowserWorld.AS_OF.minusDays(60), BrowserWorld.AS_OF.minusDays(30), BrowserWorld.AS_OF)) {
			world.rebuildFeatures(asOf, Duration.ofSeconds(120));
		}
		segments.create("Champions", null, Purpose.RETENTION, "leo", new RuleNode.Condition("rfm_group", Operator.EQ, List.of("CHAMPIONS")));

		world.signIn(browser, "marketer", AccessLevel.MARKETER);

		browser.open("/segments");
		assertThat(browser.find(By.id("segments")).getText()).contains("Young savers", "Mortgage holders", "counted now", "30 Jun 2026");
		look(browser, "segment-list");

		browser.open("/segments/" + active);
		assertThat(browser.find(By.id("rule-sentence")).getText())
			.isEqualTo("age ≥ 30 and (mortgage = Yes or total balance > £50,000) and not in \"Lapsed customers\"");
		look(browser, "segment-detail");
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
		WebElement why = browser.find(By.cssSelector("#members tbody tr:first-child .why-cell a"));
		why.sendKeys(Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#members .why-lines")));
		assertThat(browser.find(By.cssSelector("#members .why-lines")).getText()).contains("met", "age ≥ 30", "not in \"Lapsed customers\"");
		assertThat(browser.path()).isEqualTo("/segments/" + active);
		browser.screenshot("segment-why");

		browser.open("/segments/overlap");
		for (String name : List.of("Young savers", "Mortgage holders", "Lapsed customers", "Active adults with a mortgage or savings")) {
			browser.find(By.xpath("//label[normalize-space()='" + name + "']")).click();
		}
		browser.submit("#overlap-form");
		assertThat(browser.find(By.id("overlap")).getText()).contains("size", "%");
		look(browser, "segment-overlap");
	}

	/** Screenshots at desktop and phone width; the page must not scroll sideways on the phone. */
	private static void look(Browser browser, String name) {
		browser.resize(TALL_DESKTOP);
		browser.screenshot(name);
		browser.resize(Browser.PHONE);
		browser.open(browser.path());
		assertThat(browser.scrollsHorizontally()).as(name + " scrolls sideways at 390 px").isFalse();
		browser.screenshot(name + "-phone");
		browser.resize(Browser.DESKTOP);
	}

}
