package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;

/** The segment list, detail, why, delete and overlap pages, per access level, on every database. */
abstract class SegmentPagesContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SegmentService segments;

	@Autowired
	SegmentRepository repository;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	final RuleNode adultsWithMortgageOrSavings = new RuleNode.Group(RuleNode.Logic.AND, List.of(
			new RuleNode.Condition("age", Operator.GE, List.of("30")),
			new RuleNode.Group(RuleNode.Logic.OR, List.of(new RuleNode.Condition("has_mortgage", Operator.EQ, List.of("true")),
					new RuleNode.Condition("total_balance", Operator.GT, List.of("50000"))))));

	@BeforeEach
	void customersWithFeatures() throws Exception {
		if (!features.current().built() || features.current().customers() < 200) {
			generator.generate(new GenerationRequest(300, 17, AS_OF), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		}
	}

	@Test
	void listsEverySegmentWithItsSizeContactableSizeAndWhenItWasCounted() throws Exception {
		String name = unique("Listed adults");
		long id = segments.create(name, null, Purpose.RETENTION, "mia", adultsWithMortgageOrSavings);
		long size = sqlCount("age >= 30 AND (has_mortgage = TRUE OR total_balance > 50000)");
		long email = sqlCount("age >= 30 AND (has_mortgage = TRUE OR total_balance > 50000) AND contactable_email = TRUE");

		String page = html("ANALYST", "/segments");
		String row = SegmentPageText.rowOf(page, "/segments/" + id + "\"");
		assertThat(row).contains(name, "Retention", "mia", ">%,d<".formatted(size), ">%,d<".formatted(email), "counted now");
		assertThat(page).contains("id=\"sizes-data\"", "\"" + name + "\"").doesNotContain("/segments/new");
		assertThat(html("MARKETER", "/segments")).contains("href=\"/segments/new\"", "href=\"/segments/overlap\"");

		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		assertThat(SegmentPageText.rowOf(html("ANALYST", "/segments"), "/segments/" + id + "\"")).contains("30 Jun 2026", ">%,d<".formatted(size))
			.doesNotContain("counted now");
	}

	@Test
	void showsTheRuleSizeAndMembersWithoutNamesToAnAnalystAndWithoutChangeButtons() throws Exception {
		long id = segments.create(unique("Detailed adults"), "Adults with a mortgage or savings", Purpose.GENERAL, "mia",
				adultsWithMortgageOrSavings);
		String where = "age >= 30 AND (has_mortgage = TRUE OR total_balance > 50000)";
		long first = jdbc.sql("SELECT MIN(customer_id) FROM %s WHERE %s".formatted(table(), where)).query(Long.class).single();
		String firstName = jdbc.sql("SELECT name FROM customer WHERE customer_id = :id").param("id", first).query(String.class).single();

		String analyst = html("ANALYST", "/segments/" + id);
		assertThat(analyst).contains("age ≥ 30 and (mortgage = Yes or total balance &gt; £50,000)",
				"%,d".formatted(sqlCount(where)), "href=\"/customers/" + first + "\"", "Adults with a mortgage or savings",
				"id=\"consent-data\"")
			.doesNotContain(HtmlUtils.htmlEscape(firstName), "/segments/" + id + "/edit", "/segments/" + id + "/delete",
					"/segments/" + id + "/copy");
		assertThat(html("MARKETER", "/segments/" + id)).contains(HtmlUtils.htmlEscape(firstName),
				"href=\"/segments/" + id + "/edit\"", "href=\"/segments/" + id + "/delete\"", "href=\"/segments/" + id + "/copy\"");
		assertThat(mvc.get().uri("/segments/" + (id + 100_000)).with(user("a").roles("ANALYST"))).hasStatus(404);
	}

	@Test
	void pagesThroughTheMembersByKeyset() throws Exception {
		RuleNode everyone = new RuleNode.Condition("products_count", Operator.IS_NOT_EMPTY, List.of());
		long id = segments.create(unique("Everyone"), null, Purpose.GENERAL, "mia", everyone);
		List<Long> all = jdbc.sql("SELECT customer_id FROM %s ORDER BY customer_id".formatted(table())).query(Long.class).list();

		List<Long> firstPage = SegmentPageText.memberIds(html("ANALYST", "/segments/" + id));
		assertThat(firstPage).isEqualTo(all.subList(0, 50));
		String second = html("ANALYST", "/segments/" + id + "?after=" + all.get(49));
		assertThat(SegmentPageText.memberIds(second)).isEqualTo(all.subList(50, Math.min(100, all.size())));
		assertThat(second).contains("before=" + all.get(50), "%,d customers".formatted(all.size()));
		assertThat(SegmentPageText.memberIds(html("ANALYST", "/segments/" + id + "?before=" + all.get(50)))).isEqualTo(all.subList(0, 50));
		assertThat(html("ANALYST", "/segments/" + id)).contains("after=" + all.get(49)).doesNotContain("before=");
	}

	@Test
	void aPageAfterTheLastMemberIsEmptyAndLeadsBackToTheMembersBeforeIt() throws Exception {
		RuleNode everyone = new RuleNode.Condition("products_count", Operator.IS_NOT_EMPTY, List.of());
		long id = segments.create(unique("Everyone to the end"), null, Purpose.GENERAL, "mia", everyone);
		List<Long> all = jdbc.sql("SELECT customer_id FROM %s ORDER BY customer_id".formatted(table())).query(Long.class).list();
		long beyond = all.get(all.size() - 1) + 7;

		String empty = html("ANALYST", "/segments/" + id + "?after=" + beyond);
		assertThat(empty).doesNotContain("id=\"members\"", "rel=\"next\"").contains("before=" + (beyond + 1), "No more members after this point of the list.");
		List<Long> back = SegmentPageText.memberIds(html("ANALYST", "/segments/" + id + "?before=" + (beyond + 1)));
		assertThat(back).isEqualTo(all.subList(Math.max(0, all.size() - 50), all.size()));
	}

	@Test
	void explainsPerConditionWhetherAMemberMeetsItAsTheDataSays() throws Exception {
		long id = segments.create(unique("Explained"), null, Purpose.GENERAL, "mia", adultsWithMortgageOrSavings);
		long member = segments.members(adultsWithMortgageOrSavings, id, 0, 1).get(0);
		boolean mortgage = jdbc.sql("SELECT COUNT(*) FROM %s WHERE customer_id = :id AND has_mortgage = TRUE".formatted(table()))
			.param("id", member).query(Long.class).single() > 0;
		boolean savings = jdbc.sql("SELECT COUNT(*) FROM %s WHERE customer_id = :id AND total_balance > 50000".formatted(table()))
			.param("id", member).query(Long.class).single() > 0;

		String fragment = mvc.get().uri("/segments/" + id + "/members/" + member + "/why").header("HX-Request", "true")
			.with(user("a").roles("ANALYST")).exchange().getResponse().getContentAsString();
		assertThat(fragment).doesNotContain("<html", "app-nav").contains("is in this segment");
		List<String> lines = SegmentPageText.lines(fragment);
		assertThat(lines).containsExactly("✓ met all of these", "✓ met age ≥ 30",
				(mortgage || savings ? "✓ met" : "✗ not met") + " at least one of these",
				(mortgage ? "✓ met" : "✗ not met") + " mortgage = Yes",
				(savings ? "✓ met" : "✗ not met") + " total balance > £50,000");

		long outsider = jdbc.sql("SELECT MIN(customer_id) FROM %s WHERE age < 30".formatted(table())).query(Long.class).single();
		String page = html("ANALYST", "/segments/" + id + "/members/" + outsider + "/why");
		assertThat(page).contains("<html", "is not in this segment", "Back to the segment");
		assertThat(SegmentPageText.lines(page)).startsWith("✗ not met all of these", "✗ not met age ≥ 30");
	}

	@Test
	void deletesASegmentWithItsSizesAndRecordsItInTheAuditLog() throws Exception {
		String name = unique("Short lived");
		long id = segments.create(name, null, Purpose.GENERAL, "mia", adultsWithMortgageOrSavings);
		assertThat(html("MARKETER", "/segments/" + id + "/delete")).contains("size history", "name=\"version\" value=\"0\"");

		assertThat(mvc.post().uri("/segments/" + id + "/delete").param("version", "0").with(csrf())
			.with(user("mia").roles("MARKETER"))).hasRedirectedUrl("/segments")
			.flash()
			.containsEntry("flashSuccess", "segment.deleted");
		assertThat(repository.find(id)).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'SEGMENT_DELETED' AND target_id = :id AND actor = 'mia'")
			.param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
		assertThat(mvc.get().uri("/segments/" + id).with(user("a").roles("ANALYST"))).hasStatus(404);
	}

	@Test
	void refusesToDeleteASegmentAnotherSegmentRefersTo() throws Exception {
		long used = segments.create(unique("Referenced"), null, Purpose.GENERAL, "mia", adultsWithMortgageOrSavings);
		String userName = unique("Referring");
		long user = segments.create(userName, null, Purpose.GENERAL, "mia", new RuleNode.Group(RuleNode.Logic.OR, List.of(
				new RuleNode.Condition("age", Operator.LT, List.of("25")),
				new RuleNode.Group(RuleNode.Logic.AND, List.of(new RuleNode.SegmentReference(used, true),
						new RuleNode.Condition("has_mortgage", Operator.EQ, List.of("true")))))));

		String page = html("MARKETER", "/segments/" + used + "/delete");
		assertThat(page).contains("cannot be deleted", userName, "href=\"/segments/" + user + "\"").doesNotContain("name=\"version\"");
		assertThat(mvc.post().uri("/segments/" + used + "/delete").param("version", "0").with(csrf())
			.with(user("mia").roles("MARKETER"))).hasStatus(409).bodyText().contains(userName);
		assertThat(repository.find(used)).isPresent();
	}

	@Test
	void refusesToDeleteASegmentThatASegmentUsageReports() throws Exception {
		long id = segments.create(unique("In a campaign"), null, Purpose.GENERAL, "mia", adultsWithMortgageOrSavings);
		CampaignUsageStandIn.USED_BY_CAMPAIGN.add(id);
		try {
			assertThat(html("ADMIN", "/segments/" + id + "/delete")).contains("Campaign Spring savers", "href=\"/campaigns/7\"");
			assertThat(mvc.post().uri("/segments/" + id + "/delete").param("version", "0").with(csrf())
				.with(user("ann").roles("ADMIN"))).hasStatus(409);
			assertThat(repository.find(id)).isPresent();
		}
		finally {
			CampaignUsageStandIn.USED_BY_CAMPAIGN.remove(id);
		}
	}

	@Test
	void showsARuleThatNoLongerCompilesInWords() throws Exception {
		long id = repository.insert(unique("Broken"), null, Purpose.GENERAL, "mia",
				new RuleNode.Condition("shoe_size", Operator.GT, List.of("9")), java.time.LocalDateTime.now());
		assertThat(mvc.get().uri("/segments/" + id).with(user("a").roles("ANALYST"))).hasStatusOk().bodyText()
			.contains("no longer works", "There is no attribute");
		assertThat(SegmentPageText.rowOf(html("ANALYST", "/segments"), "/segments/" + id + "\"")).contains("There is no attribute");
	}

	@Test
	void countsTheOverlapOfEveryPairAsPlainSqlDoes() throws Exception {
		long older = segments.create(unique("Over forty"), null, Purpose.GENERAL, "mia",
				new RuleNode.Condition("age", Operator.GE, List.of("40")));
		long mortgage = segments.create(unique("Mortgage"), null, Purpose.GENERAL, "mia",
				new RuleNode.Condition("has_mortgage", Operator.EQ, List.of("true")));
		long youngerRich = segments.create(unique("Not over forty, rich"), null, Purpose.GENERAL, "mia",
				new RuleNode.Group(RuleNode.Logic.AND, List.of(new RuleNode.SegmentReference(older, true),
						new RuleNode.Condition("total_balance", Operator.GT, List.of("20000")))));
		List<String> sql = List.of("age >= 40", "has_mortgage = TRUE", "(age IS NULL OR age < 40) AND total_balance > 20000");

		String page = html("ANALYST", "/segments/overlap?ids=" + older + "&ids=" + mortgage + "&ids=" + youngerRich);
		List<Long> cells = new ArrayList<>();
		Matcher matcher = Pattern.compile("data-count=\"(\\d+)\"").matcher(page);
		while (matcher.find()) {
			cells.add(Long.parseLong(matcher.group(1)));
		}
		List<Long> expected = new ArrayList<>();
		for (String row : sql) {
			for (String column : sql) {
				expected.add(sqlCount("(" + row + ") AND (" + column + ")"));
			}
		}
		assertThat(cells).isEqualTo(expected);
		assertThat(expected.get(1)).as("a pair that overlaps").isPositive();
		assertThat(expected.get(2)).as("disjoint by rule").isZero();
		long size = expected.get(0);
		assertThat(page).contains(String.format(Locale.UK, "%.1f%%", 100.0 * expected.get(1) / size));
	}

	@Test
	void asksForTwoToEightSegmentsInWords() throws Exception {
		StringBuilder nine = new StringBuilder("/segments/overlap?");
		for (int i = 0; i < 9; i++) {
			long id = segments.create(unique("Pick " + i), null, Purpose.GENERAL, "mia",
					new RuleNode.Condition("age", Operator.GE, List.of(Integer.toString(20 + i))));
			nine.append("ids=").append(id).append('&');
		}
		assertThat(html("ANALYST", nine.toString())).contains("Pick at most 8 segments: you picked 9.").doesNotContain("id=\"overlap\"");
		assertThat(html("ANALYST", "/segments/overlap?ids=" + repository.all().get(0).id()))
			.contains("Pick at least two segments to compare.");
		assertThat(html("ANALYST", "/segments/overlap")).doesNotContain("id=\"choice-problem\"");
	}

	private String html(String role, String url) throws Exception {
		var response = mvc.get().uri(url).with(user("someone").roles(role)).exchange().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private String table() {
		return features.current().table().tableName();
	}

	private long sqlCount(String where) {
		return jdbc.sql("SELECT COUNT(*) FROM %s WHERE %s".formatted(table(), where)).query(Long.class).single();
	}

	private static String unique(String name) {
		return name + " " + System.nanoTime() % 1_000_000_000;
	}

}
