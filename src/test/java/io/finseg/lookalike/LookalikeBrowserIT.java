package io.finseg.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
		long segment = world.segment("Adults", Purpose.DEPOSIT_PRODUCT, "age", Operator.GE, "18");
		long id = world.frozenCampaign("Autumn savings", segment, Purpose.DEPOSIT_PRODUCT, 10);
		world.signIn(browser, "lookalike", AccessLevel.MARKETER);

		browser.open("/campaigns/" + id + "/outcomes");
		browser.find(By.id("file")).sendKeys(file(plantedByIncome(id)).toString());
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
	}

	/** Target members with an income above the median convert with 60 %, the others with 8 %. */
	private String plantedByIncome(long campaign) {
		List<long[]> members = new ArrayList<>();
		List<BigDecimal> incomes = new ArrayList<>();
		jdbc.sql("SELECT m.customer_id, f.income FROM campaign_member m JOIN " + features.current().table().tableName()
				+ " f ON f.customer_id = m.customer_id WHERE m.campaign_id = :id ORDER BY m.customer_id")
			.param("id", campaign).query(rs -> {
				members.add(new long[] { rs.getLong(1) });
				incomes.add(rs.getBigDecimal(2));
			});
		BigDecimal median = incomes.stream().filter(v -> v != null).sorted().toList().get(incomes.size() / 2);
		Random random = new Random(3);
		StringBuilder csv = new StringBuilder("customer_id,outcome,date\n");
		for (int i = 0; i < members.size(); i++) {
			boolean high = incomes.get(i) != null && incomes.get(i).compareTo(median) > 0;
			if (random.nextDouble() < (high ? 0.6 : 0.08)) {
				csv.append(members.get(i)[0]).append(",CONVERTED,").append(LocalDate.now()).append('\n');
			}
		}
		return csv.toString();
	}

	private static Path file(String content) throws Exception {
		Path file = Files.createTempDirectory("lookalike").resolve("outcomes.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file.toAbsolutePath();
	}

}
