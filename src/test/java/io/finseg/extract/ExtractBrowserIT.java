package io.finseg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.finseg.admin.AccessLevel;
import io.finseg.extract.LoanApplicantExtract.Applicant;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.support.Axe;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/**
 * An administrator declares two attributes, uploads a flat loan-applicant file through the
 * mapping page, maps and previews it, saves the mapping, imports it, and a segment on an
 * imported attribute counts what the file says.
 */
@BrowserTest
class ExtractBrowserIT {

	@Test
	void anAdministratorMapsPreviewsAndImportsAFlatExtract(Browser browser, BrowserWorld world) throws Exception {
		String n = Long.toString(System.nanoTime() % 100_000);
		long firstId = 1_700_000_000L + Long.parseLong(n) * 100;
		List<Applicant> applicants = LoanApplicantExtract.applicants(firstId, 40, Long.parseLong(n));
		Path file = Files.createTempDirectory("extract").resolve("loan_applicants.csv");
		Files.writeString(file, LoanApplicantExtract.file(applicants), StandardCharsets.UTF_8);
		world.signIn(browser, "mapper", AccessLevel.ADMIN);

		declare(browser, "savings_" + n, "Savings band " + n, "LIST", "under_100\n100_to_500\n500_to_1000\nover_1000");
		declare(browser, "duration_" + n, "Loan duration " + n, "NUMBER", null);

		browser.open("/admin/import");
		browser.find(By.id("extract-link")).click();
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Import a flat extract");
		screenshots(browser, "extract-upload");
		browser.find(By.id("file")).sendKeys(file.toString());
		browser.submit("#extract-upload-form");

		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Map the extract");
		assertThat(browser.driver().getTitle()).isEqualTo("Map loan_applicants.csv · Import a flat extract · FinSeg");
		choose(browser, 0, "customer:customer_id");
		choose(browser, 1, "customer:name");
		choose(browser, 4, "attribute:duration_" + n);
		choose(browser, 5, "customer:occupation");
		choose(browser, 6, "attribute:savings_" + n);
		browser.type("valueMap-6", "A61 = under_100\nA62 = 100_to_500\nA63 = 500_to_1000\nA64 = over_1000\nA65 =");
		browser.submit("#mapping-form");
		WebElement preview = browser.find(By.id("extract-preview"));
		assertThat(preview.getText()).contains("savings_" + n, "Savings", "under_100")
			.doesNotContain("A61");
		assertThat(browser.find(By.id("target-6")).getAttribute("value")).isEqualTo("attribute:savings_" + n);
		screenshots(browser, "extract-mapping");
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
				browser.find(By.id("preview-heading")));
		browser.screenshot("extract-preview-desktop");

		browser.type("name", "Loan applicants " + n);
		click(browser, "save-button");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Mapping \"Loan applicants " + n + "\" saved.");
		assertThat(browser.find(By.id("valueMap-6")).getAttribute("value")).contains("A61 = under_100");

		click(browser, "import-button");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-job-status=SUCCEEDED]")));
		browser.open(browser.path());
		assertThat(browser.find(By.id("import-status")).getText()).isEqualTo("Imported");

		browser.open("/admin/extract");
		assertThat(browser.find(By.id("saved-mappings")).getText()).contains("Loan applicants " + n);
		Path again = file.resolveSibling("loan_applicants_again.csv");
		Files.writeString(again, LoanApplicantExtract.file(applicants.subList(0, 3)), StandardCharsets.UTF_8);
		browser.find(By.id("file")).sendKeys(again.toString());
		new Select(browser.find(By.id("mapping"))).selectByVisibleText("Loan applicants " + n);
		browser.submit("#extract-upload-form");
		assertThat(browser.find(By.id("target-6")).getAttribute("value")).as("the saved mapping").isEqualTo("attribute:savings_" + n);
		click(browser, "import-button");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-job-status=SUCCEEDED]")));
		browser.open(browser.path());
		assertThat(browser.find(By.id("import-problems")).getText()).as("the same ids again: nothing written")
			.contains("loan_applicants_again.csv", "Applicant ID");
		browser.screenshot("extract-refused-desktop");

		world.rebuildFeatures();
		long segment = world.segment("Small savers " + n, Purpose.DEPOSIT_PRODUCT, "custom.savings_" + n, Operator.IN,
				"under_100");
		browser.open("/segments/" + segment);
		long expected = applicants.stream().filter(a -> a.savings().equals("A61")).count();
		assertThat(browser.find(By.cssSelector("#segment-size .size-number")).getText()).isEqualTo(Long.toString(expected));
	}

	private static void declare(Browser browser, String key, String label, String kind, String listValues) {
		browser.open("/admin/attributes/new");
		browser.type("key", key);
		browser.type("label", label);
		new Select(browser.find(By.id("kind"))).selectByValue(kind);
		if (listValues != null) {
			browser.type("listValues", listValues);
		}
		browser.submit("main form");
		assertThat(browser.find(By.id("attribute-" + key)).getText()).contains(label);
	}

	private static void choose(Browser browser, int column, String target) {
		new Select(browser.find(By.id("target-" + column))).selectByValue(target);
	}

	private static void click(Browser browser, String buttonId) {
		WebElement page = browser.find(By.tagName("html"));
		WebElement button = browser.find(By.id(buttonId));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	/** Screenshots at 1280 and 390 px, each width without sideways scrolling or a serious axe-core finding. */
	private static void screenshots(Browser browser, String name) {
		assertThat(browser.scrollsHorizontally()).as(name + " scrolls sideways at 1280 px").isFalse();
		assertThat(Axe.seriousViolations(browser)).as(name + " at 1280 px").isEmpty();
		browser.screenshot(name + "-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as(name + " scrolls sideways at 390 px").isFalse();
		assertThat(Axe.seriousViolations(browser)).as(name + " at 390 px").isEmpty();
		browser.screenshot(name + "-phone");
		browser.resize(Browser.DESKTOP);
	}

}
