package io.finseg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.finseg.admin.AccessLevel;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/** An administrator loads a small extract through the import page, as a new user would. */
@BrowserTest(properties = { "spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=8KB" })
class ImportBrowserIT {

	@Test
	void anAdministratorImportsAnExtractAndIsToldWhenAFileIsTooLarge(Browser browser, BrowserWorld world) throws Exception {
		world.signIn(browser, "importer", AccessLevel.ADMIN);

		browser.open("/admin/import");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Import customer data");
		assertThat(browser.find(By.id("recent-imports-empty")).getText()).contains("No imports yet");
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("import-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("import page scrolls sideways at 390 px").isFalse();
		browser.screenshot("import-phone");
		browser.resize(Browser.DESKTOP);

		browser.find(By.id("files")).sendKeys(String.join("\n", write(new CsvExtract(4).files())));
		browser.submit("#upload-form");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-job-status=SUCCEEDED]")));
		browser.open(browser.path());
		assertThat(browser.find(By.id("import-status")).getText()).isEqualTo("Imported");
		assertThat(browser.find(By.id("import-done")).getText()).contains("All 34 rows are written.");
		browser.screenshot("import-done-desktop");

		browser.open("/admin/import");
		Path big = Files.createTempFile("customer", ".csv");
		Files.writeString(big, "customer_id,name\r\n" + "1,A very long line\r\n".repeat(1000));
		browser.find(By.id("files")).sendKeys(big.toString());
		browser.submit("#upload-form");
		assertThat(browser.find(By.tagName("main")).getText()).contains("The upload is larger than FinSeg takes at once");
		browser.screenshot("import-too-large");
	}

	private static List<String> write(Map<String, byte[]> files) throws Exception {
		Path folder = Files.createTempDirectory("extract");
		List<String> paths = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path path = folder.resolve(file.getKey());
			Files.write(path, file.getValue());
			paths.add(path.toString());
		}
		return paths;
	}

}
