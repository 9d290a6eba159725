package io.finseg.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Using a part of a page that htmx redraws, such as the segment builder, and waiting for the redraw. */
public final class Htmx {

	private Htmx() {
	}

	/** Picks an option and waits for the part with the given id to come back redrawn with it. */
	public static void choose(Browser browser, String partId, String selectId, String value) {
		WebElement part = browser.find(By.id(partId));
		new Select(browser.find(By.id(selectId))).selectByValue(value);
		awaitRedrawn(browser, part);
	}

	/** Presses the button with the given value and waits for the part (or the next page) to replace it. */
	public static void press(Browser browser, String partId, String buttonValue) {
		WebElement part = browser.find(By.id(partId));
		WebElement button = browser.find(By.cssSelector("button[value='" + buttonValue + "']"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
		awaitRedrawn(browser, part);
	}

	/** Waits until htmx has swapped its answer in and nothing is in flight. */
	public static void awaitSettled(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(browser.driver()
			.executeScript("return document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping') === null;")));
	}

	private static void awaitRedrawn(Browser browser, WebElement part) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(part));
		awaitSettled(browser);
	}

}
