package io.finseg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless chromium window, sized like a desktop or a phone, pointed at the app under test. */
public final class Browser implements AutoCloseable {

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	public static final Dimension PHONE = new Dimension(390, 844);

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private String baseUrl = "http://localhost:8080";

	Browser() {
		try {
			profile = Files.createTempDirectory("finseg-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads().toString(),
				"download.prompt_for_download", false));
		driver = new ChromeDriver(options);
		resize(DESKTOP);
	}

	/** Where files the browser downloads end up: a folder of this browser's own profile. */
	public Path downloads() {
		return profile.resolve("downloads").toAbsolutePath();
	}

	/** Waits for a downloaded file to be complete and returns it. */
	public Path awaitDownload(String fileName) {
		Path file = downloads().resolve(fileName);
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(d -> Files.exists(file) && !Files.exists(downloads().resolve(fileName + ".crdownload")));
		return file;
	}

	public Browser at(int port) {
		baseUrl = "http://localhost:" + port;
		return this;
	}

	public ChromeDriver driver() {
		return driver;
	}

	public void open(String path) {
		driver.get(baseUrl + path);
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	public void resize(Dimension size) {
		driver.manage().window().setSize(size);
	}

	public WebElement find(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public void type(String fieldId, String text) {
		WebElement field = find(By.id(fieldId));
		field.clear();
		field.sendKeys(text);
	}

	/** Signs in on the login page with the given account and waits for the next page. */
	public void signIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		submit("main form");
	}

	/** Clicks the form's submit button and waits until the next page has replaced this one. */
	public void submit(String formSelector) {
		WebElement page = driver.findElement(By.tagName("html"));
		WebElement button = find(By.cssSelector(formSelector + " [type=submit]"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(page));
	}

	/**
	 * True once the element has left the page. Chromedriver reports a replaced document either as
	 * a stale element or, in a race, as a node that "does not belong to the document": both mean gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException e) {
			return true;
		}
		catch (WebDriverException e) {
			if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	/** True when the page is wider than the window, so a person would have to scroll sideways. */
	public boolean scrollsHorizontally() {
		Object result = driver.executeScript(
				"return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(result);
	}

	public Path screenshot(String name) {
		try {
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
