package io.finseg.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.admin.AccessLevel;
import io.finseg.features.FeatureService;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.SegmentService;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/**
 * A marketer uploads a campaign's outcomes, reads the results, trains a look-alike from them,
 * waits for the job, reads the AUC, saves the chosen rules as a segment and opens it in the builder.
 */
@BrowserTest
class LookalikeBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeatureService features;

	@Autowired
	SegmentService segments;

	@Test
	void aMarketerTrainsALookalikeAndOpensItsSegmentInTheBuilder(Browser browser, BrowserWorld world) throws Exception {
		world.generate(1500, 37);
		world.rebuildFeatures(Duration.ofSeconds(120));
		long segment = world.segment("Adults for look-alikes", Purpose.DEPOSIT_PRODUCT, "age", Operator.GE, "18");
		long id = world.frozenCampaign("Look-alike savings", segment, Purpose.DEPOSIT_PRODUCT, 10);
		world.signIn(browser, "lookalike", AccessLevel.MARKETER);

		browser.open("/campaigns/" + id + "/outcomes");
		browser.find(By.id("file")).sendKeys(file(PlantedOutcomes.csv(PlantedOutcomes.convertersByIncome(jdbc, features.current().table().tableName(), id, 3))).toString());
		browser.submit("#outcomes-form");
		assertThat(browser.find(By.id("lift-sentence")).getText()).isNotBlank();
		browser.find(By.cssSelector("#lookalike-link a")).click();

		assertThat(browser.find(By.id("no-models")).getText()).contains("No look-alike models yet");
		browser.submit("#train-form");
		WebDriverWait training = new WebDriverWait(browser.driver(), Duration.ofSeconds(120));
		training.until(ExpectedConditions.visibilityOfElementLocated(By.id("auc")));
		double auc = Double.parseDouble(browser.find(By.id("auc")).getText());
		assertThat(auc).as("AUC read on the page").isGreaterThanOrEqualTo(0.7);
		assertThat(browser.find(By.id("drivers")).getText()).contains("Annual income");
		assertThat(browser.find(By.id("rules")).getText().toLowerCase(Locale.ROOT)).contains("annual income");
		assertThat(browser.driver().findElements(By.cssSelector("#rules input[name=leaves]:checked"))).isNotEmpty();
		assertThat(browser.scrollsHorizontally()).isFalse();
		browser.screenshot("lookalike-model-desktop");
		String modelPath = browser.path();

		browser.type("segment-name", "Like the autumn savers");
		browser.submit("#save-form");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).contains("Like the autumn savers");
		String segmentPath = browser.path();
		long saved = Long.parseLong(segmentPath.substring(segmentPath.lastIndexOf('/') + 1));
		long count = segments.count(segments.get(saved).rule(), saved).customers();

		browser.open("/segments/" + saved + "/edit");
		assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Like the autumn savers");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.find(By.id("live-count")).getText()
			.equals(String.format(Locale.UK, "%,d", count)));
		assertThat(browser.find(By.id("live-sentence")).getText().toLowerCase(Locale.ROOT)).contains("annual income");
		browser.screenshot("lookalike-segment-builder");

		browser.open(modelPath);
		browser.driver().executeScript("document.getElementById('score-form').scrollIntoView({behavior: 'instant'})");
		browser.screenshot("lookalike-scores-desktop");
		browser.resize(Browser.PHONE);
		browser.open(modelPath);
		assertThat(browser.scrollsHorizontally()).as("the score bands at phone width").isFalse();
		browser.driver().executeScript("document.getElementById('score-form').scrollIntoView({behavior: 'instant'})");
		browser.screenshot("lookalike-scores-phone");
		browser.resize(Browser.DESKTOP);
		String threshold = new Select(browser.find(By.id("threshold"))).getFirstSelectedOption().getText();
		browser.type("score-segment-name", "Scored like the autumn savers");
		browser.submit("#score-form");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).contains("Scored like the autumn savers");
		String scoredPath = browser.path();
		long scored = Long.parseLong(scoredPath.substring(scoredPath.lastIndexOf('/') + 1));
		long scoredCount = segments.count(segments.get(scored).rule(), scored).customers();
		assertThat(threshold).as("the threshold chosen on the page named the count").contains(String.format(Locale.UK, "%,d", scoredCount));
		browser.open("/segments/" + scored + "/edit");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.find(By.id("live-count")).getText()
			.equals(String.format(Locale.UK, "%,d", scoredCount)));
		assertThat(browser.find(By.id("live-sentence")).getText()).contains("by look-alike model");
	}

	private static Path file(String content) throws Exception {
		Path file = Files.createTempDirectory("lookalike").resolve("outcomes.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file.toAbsolutePath();
	}

}
