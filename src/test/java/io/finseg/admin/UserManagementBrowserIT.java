package io.finseg.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/** An administrator brings in a marketer, who signs in and sees a marketer's FinSeg. */
@BrowserTest
class UserManagementBrowserIT {

	@Test
	void anAdminCreatesAMarketerWhoChoosesAPasswordAndSeesOnlyTheMarketersNavigation(Browser browser, BrowserWorld world) {
		AppUser admin = world.signIn(browser, "boss", AccessLevel.ADMIN);
		assertThat(navigation(browser)).containsExactly("Home", "Customers", "Segments", "Clustering", "Campaigns", "Consent", "Admin");
		assertThat(adminMenu(browser)).containsExactly("Users", "Data", "Import", "Custom attributes", "Jobs", "Audit log");
		browser.find(By.cssSelector(".app-nav-menu a[href='/admin/users']")).click();
		assertThat(browser.path()).isEqualTo("/admin/users");
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("users-desktop");
		browser.open("/admin/users/new");
		browser.type("username", "mia.jones");
		browser.find(By.id("level-MARKETER")).click();
		browser.submit("main form");

		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("User mia.jones created.");
		String initialPassword = browser.find(By.id("initial-password")).getText();
		assertThat(browser.find(By.id("user-level")).getText()).isEqualTo("Marketer");
		browser.screenshot("user-detail-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("user page scrolls sideways at 390 px").isFalse();
		browser.screenshot("user-detail-phone");
		browser.open("/admin/audit");
		assertThat(browser.scrollsHorizontally()).as("audit page scrolls sideways at 390 px").isFalse();
		browser.screenshot("audit-phone");
		browser.resize(Browser.DESKTOP);
		browser.open("/admin/audit");
		assertThat(browser.find(By.id("audit-entries")).getText()).contains("User created", admin.getUsername());
		browser.screenshot("audit-desktop");
		browser.submit(".app-user form");

		browser.signIn("mia.jones", initialPassword);
		assertThat(browser.path()).isEqualTo("/account/password");
		browser.type("currentPassword", initialPassword);
		browser.type("newPassword", "tidal-basin-copper-8");
		browser.type("confirmPassword", "tidal-basin-copper-8");
		browser.submit("main form");

		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Your customer data");
		assertThat(browser.find(By.cssSelector(".app-user-name")).getText()).isEqualTo("mia.jones Marketer");
		assertThat(navigation(browser)).containsExactly("Home", "Customers", "Segments", "Clustering", "Campaigns", "Consent");
		browser.open("/admin/users");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not available to you");
	}

	/** The items of the header, as a user reads them before opening the Admin menu. */
	private static List<String> navigation(Browser browser) {
		browser.find(By.tagName("h1"));
		return browser.driver().findElements(By.cssSelector(".app-nav > a, .app-nav > details > summary")).stream()
			.map(WebElement::getText).toList();
	}

	/** Opens the Admin menu from the keyboard and reads its items. */
	private static List<String> adminMenu(Browser browser) {
		browser.find(By.cssSelector(".app-nav-menu > summary")).sendKeys(Keys.ENTER);
		return browser.driver().findElements(By.cssSelector(".app-nav-menu a")).stream().map(WebElement::getText).toList();
	}

}
