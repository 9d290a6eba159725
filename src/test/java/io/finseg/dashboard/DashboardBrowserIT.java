package io.finseg.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import io.finseg.admin.AccessLevel;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentService;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/** An administrator opens the dashboard on a desktop and a phone: one header line, no sideways scrolling. */
@BrowserTest
class DashboardBrowserIT {

	@Autowired
	SegmentService segments;

	@Test
	void anAdministratorSeesTheDashboardOnADesktopAndAPhone(Browser browser, BrowserWorld world) throws Exception {
		if (world.customersWithFeatures() < 200) {
			world.generate(300, 41);
		}
		segment("Home owners", new RuleNode.Condition("has_mortgage", Operator.EQ, List.of("true")));
		segment("Savers", new RuleNode.Condition("has_savings", Operator.EQ, List.of("true")));
		long cardHolders = segment("Card holders", new RuleNode.Condition("has_credit_card", Operator.EQ, List.of("true")));
		segment("Over 50", new RuleNode.Condition("age", Operator.GE, List.of("50")));
		world.rebuildFeatures();
		String campaign = "Winter card offer " + System.nanoTime() % 1000;
		long campaignId = world.frozenCampaign(campaign, cardHolders, Purpose.GENERAL, 10);
		world.signIn(browser, "dashboard", AccessLevel.ADMIN);
		browser.open("/campaigns/" + campaignId + "/export.csv");
		browser.awaitDownload("campaign-" + campaignId + "-email.csv");

		browser.open("/");
		assertThat(browser.find(By.id("largest-segments")).getText()).contains("Customers", "Contactable by email");
		assertThat(browser.find(By.id("consent-share")).getText()).contains("Consented", "Refused", "Unknown");
		assertThat(browser.find(By.id("recent-campaigns")).getText()).contains(campaign);
		assertThat(browser.find(By.id("recent-exports")).getText()).contains(campaign, "Completed");
		assertThat(browser.find(By.id("dash-sizes-chart")).getSize().getHeight()).isPositive();
		assertThat(headerLines(browser)).as("header lines at 1280 px for an administrator").isEqualTo(1);
		assertThat(browser.scrollsHorizontally()).isFalse();
		screenshotWholePage(browser, Browser.DESKTOP, "home-dashboard");
		WebElement adminMenu = browser.find(By.cssSelector(".app-nav-menu > summary"));
		adminMenu.sendKeys(Keys.ENTER);
		assertThat(browser.find(By.cssSelector(".app-nav-menu a[href='/admin/audit']")).isDisplayed()).isTrue();
		assertThat(headerLines(browser)).as("header lines with the Admin menu open").isEqualTo(1);
		browser.screenshot("header-admin-menu-desktop");
		adminMenu.sendKeys(Keys.ENTER);

		browser.resize(Browser.PHONE);
		browser.open("/");
		assertThat(browser.scrollsHorizontally()).as("dashboard scrolls sideways at 390 px: %s", tooWide(browser)).isFalse();
		screenshotWholePage(browser, Browser.PHONE, "home-dashboard-phone");
		browser.find(By.cssSelector(".app-nav-menu > summary")).sendKeys(Keys.ENTER);
		assertThat(browser.find(By.cssSelector(".app-nav-menu a[href='/admin/jobs']")).isDisplayed()).isTrue();
		assertThat(browser.scrollsHorizontally()).as("open Admin menu scrolls sideways at 390 px").isFalse();
		browser.screenshot("header-admin-menu-phone");
		browser.resize(Browser.DESKTOP);
	}

	/** The elements that reach past the window's right edge, to say in a failure what to fix. */
	private static Object tooWide(Browser browser) {
		return browser.driver().executeScript("""
				return Array.from(document.querySelectorAll('main *'))
				  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
				  .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' "' + e.textContent.trim().slice(0, 40) + '"')
				  .join(' | ');""");
	}

	private long segment(String name, RuleNode rule) {
		return segments.all().stream().filter(s -> s.name().equals(name)).map(Segment::id).findFirst()
			.orElseGet(() -> segments.create(name, null, Purpose.GENERAL, "tester", rule));
	}

	/** How many rows the brand, the navigation and the signed-in user take in the header. */
	private static int headerLines(Browser browser) {
		Rectangle brand = browser.find(By.cssSelector(".app-brand")).getRect();
		List<WebElement> items = browser.driver().findElements(By.cssSelector(
				".app-nav > a, .app-nav > details > summary, .app-user-name, .app-user button"));
		int lines = 1;
		for (WebElement item : items) {
			Rectangle rect = item.getRect();
			if (rect.getY() >= brand.getY() + brand.getHeight()) {
				lines = 2;
			}
		}
		return lines;
	}

	/** A screenshot as tall as the page, for the documentation; the window returns to {@code width} × its usual height. */
	private static void screenshotWholePage(Browser browser, Dimension size, String name) {
		Object height = browser.driver().executeScript("return document.documentElement.scrollHeight;");
		browser.resize(new Dimension(size.getWidth(), ((Number) height).intValue() + 100));
		browser.screenshot(name);
		browser.resize(size);
	}

}
