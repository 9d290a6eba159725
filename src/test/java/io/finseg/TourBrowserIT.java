package io.finseg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;
import io.finseg.support.Htmx;

/**
 * docs/tour.md, step by step, as a new user on a fresh clone: the generated admin password, the
 * demo data of the first start, a segment built in the builder, a campaign frozen and its list
 * downloaded. Each step's screenshot goes to docs/screenshots/tour/, so the tour's pictures are
 * those of the app as it is.
 */
// Demo data and the feature rebuild after it on, as at the first start of a clone (tests turn both
// off by default): its own context, so its own empty H2 database.
@BrowserTest(properties = { "finseg.demo-data=true", "finseg.features.rebuild-on-data-change=true" })
class TourBrowserIT {

	private static final Path TOUR_SCREENSHOTS = Path.of("docs", "screenshots", "tour");

	private static final String NEW_PASSWORD = "quiet-river-stone-2026";

	@Value("${finseg.data-dir}")
	Path dataDir;

	@Test
	void aNewUserGoesFromFirstSignInToADownloadedCampaignList(Browser browser, BrowserWorld world) throws IOException {
		// 1. Sign in with the password the first start printed (and wrote to data/initial-admin-password).
		String generated = Files.readString(dataDir.resolve("initial-admin-password")).trim();
		world.open(browser).open("/");
		assertThat(browser.path()).isEqualTo("/login");
		browser.type("username", "admin");
		browser.type("password", generated);
		step(browser, "01-sign-in");
		browser.submit("main form");

		// 2. Choose your own password.
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Choose your password");
		browser.type("currentPassword", generated);
		browser.type("newPassword", NEW_PASSWORD);
		browser.type("confirmPassword", NEW_PASSWORD);
		step(browser, "02-choose-password");
		browser.submit("main form");

		// 3. Home: the demo customers arrive in the background, then their features are built.
		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("Your new password is saved.");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(300)).pollingEvery(Duration.ofSeconds(2))
			.ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				browser.open("/");
				String features = driver.findElement(By.id("features-status")).getText();
				return !driver.findElements(By.id("customer-count")).isEmpty() && features.contains("as of")
						&& driver.findElements(By.id("generation-banner")).isEmpty() && !features.contains("being rebuilt");
			});
		step(browser, "03-home");

		// 4. Customers: the list, and one customer.
		nav(browser, "Customers");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Customers");
		step(browser, "04-customers");

		// 5. Segments → New segment: age at least 30 and a savings account, the count beside the rules.
		nav(browser, "Segments");
		browser.find(By.linkText("New segment")).click();
		browser.type("name", "Savers over 30");
		choose(browser, "attribute_r-0", "age");
		browser.type("value_r-0", "30");
		awaitCounted(browser);
		click(browser, "addCondition:r");
		choose(browser, "attribute_r-1", "has_savings");
		awaitCounted(browser);
		assertThat(browser.find(By.id("live-sentence")).getText()).isEqualTo("age ≥ 30 and savings account = Yes");
		String counted = browser.find(By.id("live-count")).getText();
		browser.driver().executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
		step(browser, "05-builder");

		// 6. Save: the segment's page with its members.
		click(browser, "save");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Segment \"Savers over 30\" saved: " + counted + " customers.");
		step(browser, "06-segment");

		// 7. Why is this customer in it?
		WebElement why = browser.find(By.cssSelector("#members a[href*='/why']"));
		String whyTarget = why.getAttribute("hx-target");
		scrollIntoView(browser, why);
		why.click();
		assertThat(browser.find(By.cssSelector(whyTarget)).getText()).contains("age ≥ 30");
		step(browser, "07-why");
		String segmentPage = browser.path();

		// 8. Consent: who may be contacted, per channel.
		nav(browser, "Consent");
		assertThat(browser.find(By.id("consent-breakdown")).getText()).contains("Savers over 30");
		step(browser, "08-consent");

		// 9. Start a campaign from the segment.
		browser.open(segmentPage);
		WebElement start = browser.find(By.linkText("Start a campaign"));
		scrollIntoView(browser, start);
		start.click();
		browser.type("name", "Autumn savings");
		new Select(browser.find(By.id("channel"))).selectByValue("EMAIL");
		new Select(browser.find(By.id("purpose"))).selectByValue("DEPOSIT_PRODUCT");
		step(browser, "09-new-campaign");
		browser.submit("#campaign-form");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).contains("Campaign \"Autumn savings\" created");

		// 10. Freeze the audience.
		browser.submit("#freeze-form");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).startsWith("Audience frozen");
		step(browser, "10-frozen");

		// 11. Download the list.
		long campaign = Long.parseLong(browser.path().replaceAll("\\D", ""));
		WebElement download = browser.find(By.id("export-csv"));
		scrollIntoView(browser, download);
		download.click();
		Path file = browser.awaitDownload("campaign-" + campaign + "-email.csv");
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("customer_id,name,email");
		assertThat(lines).hasSizeGreaterThan(1);
		browser.open(browser.path());
		WebElement exports = browser.find(By.id("exports"));
		assertThat(exports.getText()).contains("Completed", "admin");
		scrollIntoView(browser, exports);
		step(browser, "11-downloaded");
	}

	/** The step's screenshot, in target/screenshots/tour and for the tour in docs/screenshots/tour. */
	private static void step(Browser browser, String name) throws IOException {
		Path shot = browser.screenshot("tour/" + name);
		Files.createDirectories(TOUR_SCREENSHOTS);
		Files.copy(shot, TOUR_SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static void nav(Browser browser, String item) {
		WebElement page = browser.find(By.tagName("html"));
		WebElement link = browser.find(By.cssSelector(".app-nav")).findElement(By.linkText(item));
		scrollIntoView(browser, link);
		link.click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	private static void scrollIntoView(Browser browser, WebElement element) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
	}

	/** Waits until the live panel shows a count for the rules as they are now. */
	private static void awaitCounted(Browser browser) {
		Htmx.awaitSettled(browser);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElements(By.id("live-count")).stream().anyMatch(e -> e.getText().matches("[\\d,]+")));
	}

	private static void choose(Browser browser, String selectId, String value) {
		Htmx.choose(browser, "builder", selectId, value);
	}

	private static void click(Browser browser, String action) {
		Htmx.press(browser, "builder", action);
	}

}
