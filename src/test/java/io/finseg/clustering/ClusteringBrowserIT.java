package io.finseg.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.finseg.admin.AccessLevel;
import io.finseg.jobs.Jobs;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentService;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;

/**
 * A marketer clusters generated customers, reads the chart that chose k, the profiles and labels,
 * renames a cluster, keeps it as a segment and compares two runs.
 */
// Its own context, so its own H2 database: other browser tests count their customers.
@BrowserTest(properties = "finseg.clustering.batch-size=5000")
class ClusteringBrowserIT {

	static final int CUSTOMERS = 3_000;

	@Autowired
	ClusteringService clustering;

	@Autowired
	SegmentService segments;

	@Autowired
	Jobs jobs;

	@Test
	void aMarketerClustersChoosesKReadsProfilesRenamesAClusterAndKeepsItAsASegment(Browser browser, BrowserWorld world) throws Exception {
		world.generate(CUSTOMERS, 21);
		world.rebuildFeatures(Duration.ofSeconds(120));
		// Browser tests share one database: everyone there is clustered, not only these customers.
		String everyone = "%,d".formatted(world.customersWithFeatures());
		world.signIn(browser, "marketer", AccessLevel.MARKETER);

		browser.open("/clustering");
		assertThat(browser.find(By.id("runs-empty")).getText()).contains("No clustering runs yet");
		browser.screenshot("clustering-empty-desktop");
		browser.find(By.id("new-run")).click();
		assertThat(browser.find(By.id("chooseK-true")).isSelected()).isTrue();
		assertThat(browser.find(By.id("feature-age")).isSelected()).isTrue();
		browser.screenshot("clustering-new-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("new-run form at 390 px").isFalse();
		browser.screenshot("clustering-new-phone");
		browser.resize(Browser.DESKTOP);
		browser.type("kMax", "8");
		browser.submit("#run-form");

		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).contains("Clustering run started");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".job-result")));
		browser.driver().get(browser.find(By.cssSelector(".job-result")).getAttribute("href"));

		assertThat(browser.find(By.id("run-status")).getText()).isEqualTo("Completed");
		assertThat(browser.find(By.id("chosen-k")).getText()).startsWith("Chosen: k = ");
		assertThat(browser.find(By.id("k-chart")).getSize().getHeight()).isPositive();
		assertThat(browser.find(By.id("assigned")).getText()).isEqualTo(everyone);
		assertThat(browser.find(By.id("heatmap")).getText()).contains("All customers", "Age", "sd");
		assertThat(browser.find(By.id("transforms")).getText()).contains("log(1 + value), sign kept");
		String firstLabel = browser.find(By.cssSelector("#cluster-1 .cluster-label")).getText();
		assertThat(firstLabel).isNotBlank();
		browser.screenshot("clustering-run-desktop");
		scrollTo(browser, "choose-k");
		browser.screenshot("clustering-k-chart-desktop");
		scrollTo(browser, "clusters-heading");
		browser.screenshot("clustering-clusters-desktop");
		scrollTo(browser, "heatmap-heading");
		browser.screenshot("clustering-heatmap-desktop");
		browser.resize(Browser.PHONE);
		browser.driver().executeScript("window.scrollTo(0, 0);");
		assertThat(browser.scrollsHorizontally()).as("run page at 390 px").isFalse();
		browser.screenshot("clustering-run-phone");
		scrollTo(browser, "choose-k");
		browser.screenshot("clustering-k-chart-phone");
		scrollTo(browser, "clusters-heading");
		browser.screenshot("clustering-clusters-phone");
		scrollTo(browser, "heatmap-heading");
		browser.screenshot("clustering-heatmap-phone");
		browser.resize(Browser.DESKTOP);

		browser.type("label-1", "Young savers");
		browser.submit("#cluster-1 .label-form");
		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).isEqualTo("Label of cluster 1 saved.");
		assertThat(browser.find(By.cssSelector("#cluster-1 .cluster-label")).getText()).isEqualTo("Young savers");

		long runId = Long.parseLong(browser.path().replaceAll("^/clustering/(\\d+).*$", "$1"));
		long clusterSize = clustering.clusters(runId).get(0).size();
		browser.type("segment-1", "Young savers from clustering");
		browser.submit("#cluster-1 .segment-form");
		assertThat(browser.path()).matches("/segments/\\d+");
		long segmentId = Long.parseLong(browser.path().substring("/segments/".length()));
		Segment segment = segments.get(segmentId);
		assertThat(segment.name()).isEqualTo("Young savers from clustering");
		assertThat(segments.count(segment.rule(), segmentId).customers()).isEqualTo(clusterSize);
		assertThat(browser.find(By.id("members-total")).getText()).isEqualTo("%,d customers".formatted(clusterSize));
		assertThat(browser.find(By.id("rule-sentence")).getText()).isEqualTo("in cluster 1 of clustering run " + runId);
		assertThat(browser.driver().findElements(By.cssSelector("#members tbody tr"))).hasSize((int) Math.min(50, clusterSize));

		long emRun = clustering.start(new RunParameters(Algorithm.EM, 3, null, null, ClusteringFeatures.DEFAULTS, null,
				100_000, 4, 100), "tester");
		jobs.awaitEnd(clustering.get(emRun).jobId(), Duration.ofSeconds(120));
		browser.open("/clustering");
		browser.screenshot("clustering-list-desktop");
		browser.submit("#compare-form");
		assertThat(browser.find(By.id("cross-total")).getText()).isEqualTo(everyone);
		browser.screenshot("clustering-compare-desktop");
		browser.resize(Browser.PHONE);
		assertThat(browser.scrollsHorizontally()).as("comparison at 390 px").isFalse();
		browser.screenshot("clustering-compare-phone");
		browser.open("/clustering/" + emRun);
		assertThat(browser.find(By.id("heatmap")).getText()).contains("Age");
		assertThat(browser.scrollsHorizontally()).as("EM run page at 390 px").isFalse();
		List.of(runId, emRun).forEach(id -> assertThat(clustering.get(id).completed()).isTrue());
	}

	private static void scrollTo(Browser browser, String id) {
		browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", id);
	}

}
