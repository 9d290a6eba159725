package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;

/** The builder's form: live count, problems by row, saving and edit conflicts, on every database. */
abstract class SegmentBuilderContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static final Pattern LIVE_COUNT = Pattern.compile("id=\"live-count\">([0-9,]+)<");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SegmentService segments;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	/** age ≥ 30 and (has a mortgage or total balance > 50,000), as the engine sees it. */
	final RuleNode nested = new RuleNode.Group(RuleNode.Logic.AND, List.of(
			new RuleNode.Condition("age", Operator.GE, List.of("30")),
			new RuleNode.Group(RuleNode.Logic.OR, List.of(new RuleNode.Condition("has_mortgage", Operator.EQ, List.of("true")),
					new RuleNode.Condition("total_balance", Operator.GT, List.of("50000"))))));

	@BeforeEach
	void customersWithFeatures() throws Exception {
		if (features.current().customers() < 300) {
			generator.generate(new GenerationRequest(400, 11, AS_OF), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		}
	}

	/** The same tree as {@link #nested}, as the builder's form posts it. */
	static MultiValueMap<String, String> nestedForm(String name) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("purpose", "GENERAL");
		SegmentFixtures.group(form, "r", "AND");
		SegmentFixtures.condition(form, "r-0", "age", "GE", "30");
		SegmentFixtures.group(form, "r-1", "OR");
		SegmentFixtures.condition(form, "r-1-0", "has_mortgage", "EQ", "true");
		SegmentFixtures.condition(form, "r-1-1", "total_balance", "GT", "50000");
		return form;
	}

	MvcTestResult post(String url, MultiValueMap<String, String> form, boolean htmx) {
		var request = mvc.post().uri(url).params(form).with(csrf()).with(user("marketer").roles("MARKETER"));
		if (htmx) {
			request = request.header("HX-Request", "true");
		}
		return request.exchange();
	}

	static long liveCount(String html) {
		Matcher matcher = LIVE_COUNT.matcher(html);
		assertThat(matcher.find()).as("a live count in the page").isTrue();
		return Long.parseLong(matcher.group(1).replace(",", ""));
	}

	@Test
	void recountsThePostedFormWithoutJavaScriptAndShowsTheWholePage() throws Exception {
		MultiValueMap<String, String> form = nestedForm("No script");
		form.add("action", "count");
		MvcTestResult result = post("/segments/new", form, false);
		String html = result.getResponse().getContentAsString();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(html).contains("<html", "id=\"builder\"", "Matching customers");
		long expected = segments.count(nested, null).customers();
		assertThat(expected).isPositive();
		assertThat(liveCount(html)).isEqualTo(expected);
	}

	@Test
	void answersHtmxWithTheLivePanelAloneCountedLikeTheEngine() throws Exception {
		MvcTestResult result = post("/segments/preview", nestedForm("Live"), true);
		String html = result.getResponse().getContentAsString();

		assertThat(html).doesNotContain("<html").contains("id=\"live-panel\"", "hx-swap-oob");
		assertThat(liveCount(html)).isEqualTo(segments.count(nested, null).customers());
		assertThat(html).contains("age ≥ 30 and (mortgage = Yes or total balance &gt; £50,000)");
	}

	@Test
	void addsAndRemovesConditionsAndGroups() throws Exception {
		MultiValueMap<String, String> form = nestedForm("Shape");
		form.add("action", "addGroup:r-1");
		String html = post("/segments/new", form, false).getResponse().getContentAsString();
		assertThat(html).contains("name=\"kind_r-1-2\" value=\"GROUP\"", "name=\"kind_r-1-2-0\" value=\"CONDITION\"");

		MultiValueMap<String, String> removed = nestedForm("Shape");
		removed.add("action", "remove:r-1-0");
		html = post("/segments/new", removed, false).getResponse().getContentAsString();
		assertThat(html).doesNotContain("kind_r-1-1").contains("value=\"total_balance\" selected");
		long expected = segments.count(new RuleNode.Group(RuleNode.Logic.AND, List.of(
				new RuleNode.Condition("age", Operator.GE, List.of("30")),
				new RuleNode.Group(RuleNode.Logic.OR, List.of(new RuleNode.Condition("total_balance", Operator.GT, List.of("50000")))))),
				null).customers();
		assertThat(liveCount(html)).isEqualTo(expected);
	}

	@Test
	void givesANewlyChosenAttributeItsOwnComparisonAndInputs() throws Exception {
		MultiValueMap<String, String> form = nestedForm("Switch");
		form.set("attribute_r-0", "life_stage");
		String html = post("/segments/new", form, false).getResponse().getContentAsString();

		assertThat(html).contains("value=\"life_stage\" selected", "<option value=\"IN\" selected=\"selected\">is one of</option>")
			.containsPattern("type=\"checkbox\" id=\"value_r-0_0\"\\s+name=\"value_r-0\" value=\"STUDENT\"")
			.doesNotContain("name=\"value_r-0\" value=\"30\"");
	}

	@Test
	void leavesRowsWaitingForInputOutOfTheCountAndSaysSo() throws Exception {
		MultiValueMap<String, String> form = nestedForm("Waiting");
		form.add("action", "addCondition:r");
		String html = post("/segments/new", form, false).getResponse().getContentAsString();

		assertThat(liveCount(html)).isEqualTo(segments.count(nested, null).customers());
		assertThat(html).contains("One row is not complete yet and left out of the count.", "Choose an attribute.");
	}

	@Test
	void showsAProblemNextToTheRowItConcerns() throws Exception {
		MultiValueMap<String, String> form = nestedForm("Broken");
		form.set("value_r-1-1", "lots");
		String html = post("/segments/preview", form, true).getResponse().getContentAsString();

		assertThat(html).contains("id=\"problem_r-1-1\" hx-swap-oob=\"true\" role=\"status\">&quot;lots&quot; is not a number.</div>")
			.contains("id=\"problem_r-0\" hx-swap-oob=\"true\" role=\"status\"></div>")
			.doesNotContain("id=\"live-count\"");
	}

	@Test
	void warnsOfACreditOfferOnAProtectedAttributeNamingTheCondition() throws Exception {
		MultiValueMap<String, String> form = nestedForm("Credit");
		form.set("purpose", "CREDIT_OFFER");
		String html = post("/segments/preview", form, true).getResponse().getContentAsString();
		assertThat(html).contains("Fair-lending warning", "<li><span>age ≥ 30</span></li>");

		String older = "Older " + System.nanoTime();
		long olderId = segments.create(older, null, Purpose.GENERAL, "anna", new RuleNode.Condition("life_stage", Operator.EQ, List.of("RETIRED")));
		form.add("node", "r-2");
		form.add("kind_r-2", "SEGMENT");
		form.add("segment_r-2", Long.toString(olderId));
		assertThat(post("/segments/preview", form, true).getResponse().getContentAsString())
			.contains("<span>life stage = Retired</span>", "(through &quot;" + older + "&quot;)");

		form.set("purpose", "GENERAL");
		assertThat(post("/segments/preview", form, true).getResponse().getContentAsString()).doesNotContain("Fair-lending");
	}

	@Test
	void savesTheTreeAsBuiltAndRecordsItInTheAuditLog() throws Exception {
		String name = "Saved " + System.nanoTime();
		MultiValueMap<String, String> form = nestedForm(name);
		form.add("action", "save");
		MvcTestResult result = post("/segments/new", form, false);

		assertThat(result).hasStatus3xxRedirection();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/segments/", ""));
		Segment saved = segments.get(id);
		assertThat(saved.name()).isEqualTo(name);
		assertThat(saved.rule()).isEqualTo(nested);
		assertThat(saved.owner()).isEqualTo("marketer");
		assertThat(result.getMvcResult().getFlashMap().get("flashArgs")).isEqualTo(new Object[] { name, segments.count(nested, id).customers() });
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'SEGMENT_CREATED' AND target_id = :id")
			.param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void savesNothingWithoutANameOrWithAnIncompleteRow() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM segment").query(Long.class).single();
		MultiValueMap<String, String> unnamed = nestedForm("");
		unnamed.add("action", "save");
		assertThat(post("/segments/new", unnamed, false).getResponse().getContentAsString()).contains("Give the segment a name.");

		MultiValueMap<String, String> incomplete = nestedForm("Incomplete " + System.nanoTime());
		incomplete.set("value_r-0", "");
		incomplete.add("action", "save");
		assertThat(post("/segments/new", incomplete, false).getResponse().getContentAsString())
			.contains("id=\"problem_r-0\" role=\"status\">Enter a value.</div>");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM segment").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void keepsTheSecondEditorsRuleWhenSomeoneElseSavedFirst() throws Exception {
		String name = "Shared " + System.nanoTime();
		long id = segments.create(name, null, Purpose.GENERAL, "anna", nested);
		int version = segments.get(id).version();

		MultiValueMap<String, String> first = nestedForm(name);
		first.set("value_r-0", "40");
		first.add("version", Integer.toString(version));
		first.add("action", "save");
		assertThat(post("/segments/" + id + "/edit", first, false)).hasStatus3xxRedirection();

		MultiValueMap<String, String> second = nestedForm(name);
		second.set("value_r-0", "65");
		second.add("version", Integer.toString(version));
		second.add("action", "save");
		MvcTestResult conflict = post("/segments/" + id + "/edit", second, false);
		String html = conflict.getResponse().getContentAsString();

		assertThat(conflict).hasStatus(409);
		assertThat(html).contains("Someone else saved this segment", "marketer saved it on", "age ≥ 40")
			.contains("name=\"value_r-0\" value=\"65\"")
			.contains("name=\"version\" value=\"" + (version + 1) + "\"");
		assertThat(segments.get(id).rule()).isNotEqualTo(nested);
	}

	@Test
	void opensASavedSegmentForEditingAndAsACopy() throws Exception {
		String name = "Editable " + System.nanoTime();
		long id = segments.create(name, "for the test", Purpose.RETENTION, "anna", nested);

		String edit = mvc.get().uri("/segments/" + id + "/edit").with(user("marketer").roles("MARKETER")).exchange()
			.getResponse().getContentAsString();
		assertThat(edit).contains("value=\"" + name + "\"", "value=\"RETENTION\" selected", "name=\"value_r-1-1\" value=\"50000\"");
		assertThat(liveCount(edit)).isEqualTo(segments.count(nested, id).customers());

		String copy = mvc.get().uri("/segments/" + id + "/copy").with(user("marketer").roles("MARKETER")).exchange()
			.getResponse().getContentAsString();
		assertThat(copy).contains("value=\"Copy of " + name + "\"", "action=\"/segments/new\"").doesNotContain("name=\"version\"");
	}

}
