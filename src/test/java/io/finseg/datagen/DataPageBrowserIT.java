package io.finseg.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.finseg.admin.AccessLevel;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/** An administrator generates customers from the data page and watches the job finish. */
@BrowserTest(properties = "finseg.features.rebuild-on-data-change=true")
class DataPageBrowserIT {

	@Test
	void anAdministratorGeneratesCustomersAndSeesThemCounted(Browser browser, BrowserWorld world) {
		world.signIn(browser, "data", AccessLevel.ADMIN);

		browser.open("/admin/data");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Synthetic data");
		browser.type("customers", "0");
		browser.submit("#generate-form");
		assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("This number is too small.");

		browser.type("customers", "400");
		browser.type("seed", "7");
		browser.submit("#generate-form");
		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("The generation has started");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-job-status=SUCCEEDED]")));
		assertThat(browser.find(By.cssSelector(".job-progress")).getText()).contains("Generated 400 customers");
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("data-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("data page scrolls sideways at 390 px").isFalse();
		browser.screenshot("data-phone");
		browser.resize(Browser.DESKTOP);

		browser.open("/");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("features-status"), "400 customers"));
		assertThat(browser.find(By.id("count-customer")).getText()).contains("400");
		browser.screenshot("home-with-data-desktop");
	}

}
