package io.finseg.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;

import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/** A new administrator's first minutes, in a real browser. */
@BrowserTest
class FirstLoginBrowserIT {

	@Value("${finseg.data-dir}")
	Path dataDir;

	@Test
	void signsInWithTheGeneratedPasswordChoosesANewOneAndSeesTheHomePage(Browser browser, BrowserWorld world) throws IOException {
		String generated = Files.readString(dataDir.resolve(InitialAdminSetup.PASSWORD_FILE)).trim();
		world.open(browser).open("/");
		assertThat(browser.path()).isEqualTo("/login");
		browser.screenshot("login-desktop");

		browser.type("username", "admin");
		browser.type("password", generated);
		browser.submit("form");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Choose your password");
		assertThat(browser.path()).isEqualTo("/account/password");

		browser.type("currentPassword", generated);
		browser.type("newPassword", "quiet-river-stone-2026");
		browser.type("confirmPassword", "quiet-river-stone-2026");
		browser.submit("main form");

		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Your customer data");
		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("Your new password is saved.");
		assertThat(browser.find(By.id("count-customer")).getText()).contains("Customers");
		assertThat(browser.find(By.cssSelector(".app-user-name")).getText()).isEqualTo("admin Admin");
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("home-desktop");

		browser.resize(Browser.PHONE);
		browser.open("/");
		assertThat(browser.scrollsHorizontally()).as("scrolls sideways at 390 px").isFalse();
		browser.screenshot("home-phone");
		browser.resize(Browser.DESKTOP);

		browser.open("/no-such-page");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not available to you");
		assertThat(browser.driver().getPageSource()).doesNotContain("Exception");

		browser.submit(".app-user form");
		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");
	}

}
