package io.finseg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import io.finseg.EveryPage.Ids;
import io.finseg.EveryPage.Page;
import io.finseg.EveryPage.Viewer;
import io.finseg.admin.AccessLevel;
import io.finseg.admin.AppUser;
import io.finseg.clustering.Algorithm;
import io.finseg.clustering.ClusteringFeatures;
import io.finseg.clustering.ClusteringService;
import io.finseg.clustering.RunParameters;
import io.finseg.extract.ExtractImport;
import io.finseg.importer.CsvExtract;
import io.finseg.importer.ImportService;
import io.finseg.jobs.Jobs;
import io.finseg.lookalike.LookalikeService;
import io.finseg.outcomes.Outcome;
import io.finseg.outcomes.OutcomeService;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;
import io.finseg.support.Axe;
import io.finseg.support.Browser;
import io.finseg.support.BrowserTest;
import io.finseg.support.BrowserWorld;
import io.finseg.support.TestAccounts;

/**
 * Opens every page of the app with one of each thing in it, at a desktop's and a phone's width,
 * as each level that sees it, and fails on what a user would trip over: a page that scrolls
 * sideways, a title that does not say where you are, missing breadcrumbs, and what axe-core
 * rates a serious or critical accessibility problem. All problems of all pages come in one report.
 */
@BrowserTest
class EveryPageBrowserIT {

	private static final Path SCREENSHOTS = Path.of("every-page");

	@Autowired
	Jobs jobs;

	@Autowired
	SegmentService segments;

	@Autowired
	ClusteringService clustering;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExtractImport extracts;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	LookalikeService lookalikes;

	@Test
	void everyPageFitsAPhoneSaysWhereYouAreAndHasNoSeriousAccessibilityProblem(Browser browser, BrowserWorld world) throws Exception {
		AppUser admin = world.user("every-admin", AccessLevel.ADMIN);
		AppUser analyst = world.user("every-analyst", AccessLevel.ANALYST);
		Ids ids = oneOfEachThing(world, admin);
		List<Page> pages = new ArrayList<>(EveryPage.pages(ids));
		pages.addAll(EveryPage.errorPages());
		List<String> problems = new ArrayList<>();
		world.open(browser);

		pages.stream().filter(page -> page.viewer() == Viewer.SIGNED_OUT).forEach(page -> check(browser, page, "", problems));
		browser.signIn(admin.getUsername(), TestAccounts.PASSWORD);
		pages.forEach(page -> {
			if (page.viewer() != Viewer.SIGNED_OUT) {
				check(browser, page, "admin", problems);
			}
		});
		browser.driver().manage().deleteAllCookies();
		browser.signIn(analyst.getUsername(), TestAccounts.PASSWORD);
		pages.stream().filter(page -> page.viewer() == Viewer.ADMIN_AND_ANALYST).forEach(page -> check(browser, page, "analyst", problems));

		Files.writeString(Path.of("target", "every-page-report.txt"), String.join("\n\n", problems));
		assertThat(problems).as("every page at 1280 and 390 px (report also in target/every-page-report.txt)")
			.withFailMessage(() -> problems.size() + " problems:\n\n" + String.join("\n\n", problems))
			.isEmpty();
	}

	private Ids oneOfEachThing(BrowserWorld world, AppUser admin) throws Exception {
		long featureJob = world.customers(300, 31);
		long segment = segments.create("Savers over 40 " + System.nanoTime(), "Customers aged 40 or more", Purpose.DEPOSIT_PRODUCT,
				"tester", new RuleNode.Group(RuleNode.Logic.AND, List.of(new RuleNode.Condition("age", Operator.GE, List.of("40")))));
		long campaign = world.frozenCampaign("Autumn savings " + System.nanoTime(), segment, Purpose.DEPOSIT_PRODUCT, 10);
		long member = jdbc.sql("SELECT MIN(customer_id) FROM campaign_member WHERE campaign_id = :id")
			.param("id", campaign).query(Long.class).single();
		long run = clustering.start(new RunParameters(Algorithm.KMEANS, 3, null, null, ClusteringFeatures.DEFAULTS, null,
				100_000, 4, 100), "tester");
		jobs.awaitEnd(clustering.get(run).jobId(), Duration.ofSeconds(120));
		long otherRun = clustering.start(new RunParameters(Algorithm.EM, 3, null, null, ClusteringFeatures.DEFAULTS, null,
				100_000, 4, 100), "tester");
		jobs.awaitEnd(clustering.get(otherRun).jobId(), Duration.ofSeconds(120));
		List<MultipartFile> extract = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : new CsvExtract(3).files().entrySet()) {
			extract.add(new MockMultipartFile("files", file.getKey(), "text/csv", file.getValue()));
		}
		long importId = imports.upload(extract, admin.getUsername());
		Long importJob = imports.get(importId).jobId();
		if (importJob != null) {
			jobs.awaitEnd(importJob, Duration.ofSeconds(60));
		}
		jdbc.sql("""
				INSERT INTO attribute_definition (attribute_key, label, attribute_type, list_values, is_protected, version,
				  created_by, created_at)
				VALUES (:key, 'Loan purpose', 'LIST', 'car\nfurniture\neducation', FALSE, 0, 'tester', CURRENT_TIMESTAMP)""")
			.param("key", EveryPage.EXAMPLE_ATTRIBUTE).update();
		String flatExtract = extracts.upload(new ByteArrayInputStream(
				"Applicant ID,Full name,Savings\n900001,Ada Lovelace,A61\n".getBytes(StandardCharsets.UTF_8)),
				"applicants.csv");
		return new Ids(admin.getId(), featureJob, importId, member, segment, member, campaign, run, otherRun,
				lookalikeModel(campaign), flatExtract);
	}

	/** A trained look-alike model of the campaign, on outcomes where every third target member converted. */
	private long lookalikeModel(long campaign) throws Exception {
		StringBuilder csv = new StringBuilder("customer_id,outcome,date\n");
		jdbc.sql("SELECT customer_id FROM campaign_member WHERE campaign_id = :id AND holdout = FALSE ORDER BY customer_id")
			.param("id", campaign).query(Long.class).list().stream().filter(id -> id % 3 == 0)
			.forEach(id -> csv.append(id).append(",CONVERTED,").append(java.time.LocalDate.now()).append('\n'));
		outcomes.upload(campaign, "outcomes.csv", new java.io.StringReader(csv.toString()), "tester");
		long model = lookalikes.start(campaign, Outcome.CONVERTED, null, 42, "tester");
		jobs.awaitEnd(lookalikes.get(campaign, model).jobId(), Duration.ofSeconds(120));
		return model;
	}

	private static void check(Browser browser, Page page, String viewer, List<String> problems) {
		for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
			String width = size.getWidth() + " px";
			String where = page.url() + (viewer.isEmpty() ? "" : " as " + viewer) + " at " + width;
			browser.resize(size);
			browser.open(page.url());
			browser.screenshot(SCREENSHOTS.resolve(name(page, viewer, size)).toString());
			if (!browser.path().startsWith(page.url().replaceAll("\\?.*", ""))) {
				problems.add(where + ": ended on " + browser.path() + " instead");
				continue;
			}
			if (browser.scrollsHorizontally()) {
				problems.add(where + ": scrolls sideways (" + wideElements(browser) + ")");
			}
			String title = browser.driver().getTitle();
			if (!saysWhereYouAre(page, title)) {
				problems.add(where + ": title \"" + title + "\" does not say where you are (\""
						+ (page.isSection() ? "Section" : "Thing · Section") + " · FinSeg\")");
			}
			if (page.viewer() != Viewer.SIGNED_OUT) {
				List<WebElement> crumbs = browser.driver().findElements(By.cssSelector("nav.app-crumbs .breadcrumb-item"));
				boolean homeOnly = page.pattern().equals("/") || page.isError();
				if (crumbs.isEmpty() || (!homeOnly && crumbs.size() < 2)) {
					problems.add(where + ": no breadcrumbs beyond Home");
				}
			}
			Axe.seriousViolations(browser).forEach(violation -> problems.add(where + ": axe " + violation));
		}
		browser.resize(Browser.DESKTOP);
	}

	/** "X · Section · FinSeg" below a section, "Section · FinSeg" on it. */
	private static boolean saysWhereYouAre(Page page, String title) {
		String[] parts = title.split(" · ");
		boolean named = parts.length >= (page.isSection() ? 2 : 3) && parts[parts.length - 1].equals("FinSeg");
		for (String part : parts) {
			named &= !part.isBlank();
		}
		return named;
	}

	/** The elements reaching past the right edge, so the report says what to fix. */
	private static String wideElements(Browser browser) {
		Object found = browser.driver().executeScript("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > width + 1)
				  .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
				  .slice(0, 5)
				  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
				    + ' ' + Math.round(e.getBoundingClientRect().right) + ' px')
				  .join(', ');""");
		return String.valueOf(found);
	}

	private static String name(Page page, String viewer, Dimension size) {
		String path = page.pattern().equals("/") ? "home" : page.pattern().replaceAll("[{}]", "").replaceAll("[^a-zA-Z0-9]+", "-")
			.replaceAll("^-|-$", "");
		return path + (viewer.isEmpty() ? "" : "-" + viewer) + (size.equals(Browser.PHONE) ? "-phone" : "-desktop");
	}

}
