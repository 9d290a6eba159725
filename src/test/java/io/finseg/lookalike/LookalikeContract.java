package io.finseg.lookalike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.jobs.JobRows;
import io.finseg.jobs.JobStatus;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;

/**
 * Look-alike models on a real database: a planted signal is found (AUC ≥ 0.7), shuffled labels
 * are not (AUC ≤ 0.55), a saved look-alike segment holds exactly the customers the chosen leaves
 * cover by the test's own reading of the rules, and credit offers leave protected attributes out.
 */
abstract class LookalikeContract extends LookalikeFixture {

	@Test
	void findsAPlantedSignalAndSavesLeavesThatCoverWhatTheTestCounts() throws Exception {
		long campaign = frozenCampaign(Purpose.GENERAL);
		upload(campaign, planted(campaign, 5));

		LookalikeModel model = trained(campaign, null);
		assertThat(model.chosenAuc()).as("AUC on the planted signal").isGreaterThanOrEqualTo(0.7);
		assertThat(model.testRows() + model.trainRows()).isEqualTo(targetSize(campaign));
		assertThat(model.drivers()).extracting(ModelFindings.Driver::attribute).contains("income");
		assertThat(model.drivers().stream().filter(d -> d.attribute().equals("income")).findFirst().orElseThrow().raises())
			.as("a higher income raises the chance, as planted").isTrue();
		assertThat(model.deciles()).hasSize(10);
		assertThat(model.deciles().get(0).lift()).isGreaterThan(model.deciles().get(9).lift());

		List<ModelFindings.Leaf> chosen = model.likeTheConverters();
		assertThat(chosen).isNotEmpty();
		Set<Integer> numbers = chosen.stream().map(ModelFindings.Leaf::number).collect(Collectors.toSet());
		long segmentId = lookalikeSegments.save(campaign, model.id(), model.version(), numbers, "Like the converters " + System.nanoTime(),
				null, "marketer");

		RuleNode rule = segments.get(segmentId).rule();
		assertThat(segments.count(rule, segmentId).customers()).as("segment count = customers the chosen leaves cover")
			.isEqualTo(coveredByOwnReading(chosen));
		assertThat(lookalikes.get(campaign, model.id()).segmentId()).isEqualTo(segmentId);
	}

	@Test
	void showsTheFindingsToAnAnalystAndSavesTheTickedRulesFromTheForm() throws Exception {
		long campaign = frozenCampaign(Purpose.GENERAL);
		upload(campaign, planted(campaign, 3));
		LookalikeModel model = trained(campaign, null);
		String url = "/campaigns/" + campaign + "/lookalikes/" + model.id();

		MvcTestResult page = mvc.get().uri(url).with(user("ann").roles("ANALYST")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("AUC on the test part", String.format(Locale.ROOT, "%.3f", model.chosenAuc()),
				"Top drivers", "Annual income");
		assertThat(mvc.get().uri("/campaigns/" + campaign + "/outcomes").with(user("ann").roles("ANALYST"))).bodyText()
			.contains("/campaigns/" + campaign + "/lookalikes");

		int leaf = model.likeTheConverters().get(0).number();
		String name = "Ticked rule " + System.nanoTime();
		MvcTestResult saved = mvc.post().uri(url + "/segment").param("version", Integer.toString(model.version()))
			.param("leaves", Integer.toString(leaf)).param("name", name)
			.with(csrf()).with(user("mark").roles("MARKETER")).exchange();
		long segmentId = lookalikes.get(campaign, model.id()).segmentId();
		assertThat(saved).hasRedirectedUrl("/segments/" + segmentId);
		assertThat(segments.get(segmentId).name()).isEqualTo(name);
		assertThat(segments.count(segments.get(segmentId).rule(), segmentId).customers())
			.isEqualTo(coveredByOwnReading(List.of(model.leaves().get(leaf - 1))));

		assertThat(mvc.post().uri(url + "/segment").param("version", Integer.toString(model.version()))
			.param("leaves", Integer.toString(leaf)).param("name", name + " again")
			.with(csrf()).with(user("mark").roles("MARKETER"))).as("a stale form saves nothing")
			.hasRedirectedUrl(url);
	}

	@Test
	void findsNothingInShuffledLabels() throws Exception {
		long campaign = frozenCampaign(Purpose.GENERAL);
		List<Long> converters = new ArrayList<>(planted(campaign, 5));
		List<Long> target = targetMembers(campaign);
		Collections.shuffle(target, new Random(11));
		upload(campaign, target.subList(0, converters.size()));

		LookalikeModel model = trained(campaign, null);
		assertThat(model.treeAuc()).isLessThanOrEqualTo(0.55);
		assertThat(model.logisticAuc()).isLessThanOrEqualTo(0.55);
	}

	@Test
	void leavesProtectedAttributesOutOfCreditOffersUnlessIncludedAndThenFlagsTheModel() throws Exception {
		long campaign = frozenCampaign(Purpose.CREDIT_OFFER);
		upload(campaign, planted(campaign, 9));

		LookalikeModel fair = trained(campaign, null);
		assertThat(fair.features()).doesNotContain("age").noneMatch(f -> f.startsWith("life_stage"));
		assertThat(fair.usesProtected()).isFalse();
		assertThat(fair.flagged()).isFalse();

		LookalikeModel withAge = trained(campaign, true);
		assertThat(withAge.features()).contains("age");
		assertThat(withAge.flagged()).isTrue();
		RuleNode saved = segments.get(lookalikeSegments.save(campaign, fair.id(), fair.version(),
				Set.of(fair.likeTheConverters().get(0).number()), "Fair look-alike " + System.nanoTime(), null, "marketer")).rule();
		assertThat(guard.flags(Purpose.CREDIT_OFFER, saved, null)).isFalse();
	}

	@Test
	void aMarketerCancelsATrainingThatRunsAndAnAnalystCannot() {
		long campaign = frozenCampaign(Purpose.GENERAL);
		long job = JobRows.job(LookalikeService.JOB_TYPE.name()).status(JobStatus.RUNNING).insert(jdbc);
		jdbc.sql("""
				INSERT INTO lookalike_model (campaign_id, outcome, status, job_id, seed, features, uses_protected, flagged, created_by, created_at, version)
				VALUES (:c, 'CONVERTED', 'RUNNING', :job, 1, '[]', FALSE, FALSE, 'tester', :at, 0)""")
			.param("c", campaign).param("job", job).param("at", LocalDateTime.now()).update();
		long model = lookalikes.ofCampaign(campaign).get(0).id();
		String url = "/campaigns/" + campaign + "/lookalikes/" + model;

		assertThat(mvc.get().uri(url).with(user("mark").roles("MARKETER"))).bodyText().contains("Cancel");
		assertThat(mvc.get().uri(url).with(user("ann").roles("ANALYST"))).bodyText().doesNotContain("Cancel");
		assertThat(mvc.post().uri(url + "/cancel").with(csrf()).with(user("ann").roles("ANALYST"))).hasStatus(403);
		assertThat(jobs.get(job).cancelRequested()).isFalse();

		assertThat(mvc.post().uri(url + "/cancel").with(csrf()).with(user("mark").roles("MARKETER"))).hasRedirectedUrl(url);
		assertThat(jobs.get(job).cancelRequested()).as("the running job is asked to stop").isTrue();

		lookalikes.end(model, ModelStatus.CANCELLED);
		assertThat(lookalikes.cancel(campaign, model)).as("an ended model is not cancelled again").isFalse();
	}

	@Test
	void marksAModelCutOffByARestartFailed() {
		long campaign = frozenCampaign(Purpose.GENERAL);
		jdbc.sql("""
				INSERT INTO lookalike_model (campaign_id, outcome, status, seed, features, uses_protected, flagged, created_by, created_at, version)
				VALUES (:c, 'CONVERTED', 'RUNNING', 1, '[]', FALSE, FALSE, 'tester', :at, 0)""")
			.param("c", campaign).param("at", LocalDateTime.now()).update();

		lookalikes.failModelsCutOffByARestart();

		assertThat(lookalikes.ofCampaign(campaign)).extracting(LookalikeModel::status).containsOnly(ModelStatus.FAILED);
	}

	/** Every customer whose row meets all conditions of at least one leaf, read as docs/segments.md says. */
	private long coveredByOwnReading(List<ModelFindings.Leaf> leaves) {
		Set<String> columns = new HashSet<>();
		leaves.forEach(leaf -> leaf.steps().forEach(step -> columns.add(step.attribute())));
		String select = String.join(", ", columns);
		long[] covered = { 0 };
		jdbc.sql("SELECT " + select + " FROM " + features.current().table().tableName()).query(rs -> {
			Map<String, Object> row = new LinkedHashMap<>();
			for (String column : columns) {
				row.put(column, rs.getObject(column));
			}
			if (leaves.stream().anyMatch(leaf -> leaf.steps().stream().allMatch(step -> meets(row.get(step.attribute()), step)))) {
				covered[0]++;
			}
		});
		return covered[0];
	}

	private static boolean meets(Object value, ModelFindings.Step step) {
		if (value == null) {
			return false;
		}
		String text = value instanceof Boolean b ? b.toString() : value.toString();
		return switch (step.operator()) {
			case EQ -> value instanceof Boolean b ? b.toString().equals(step.values().get(0)) : text.equals(step.values().get(0));
			case IN -> step.values().contains(text);
			case LE -> new BigDecimal(text).compareTo(new BigDecimal(step.values().get(0))) <= 0;
			case GT -> new BigDecimal(text).compareTo(new BigDecimal(step.values().get(0))) > 0;
			default -> throw new IllegalStateException("A leaf step never uses " + step.operator());
		};
	}

}
