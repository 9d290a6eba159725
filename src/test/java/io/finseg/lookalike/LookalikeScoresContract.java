package io.finseg.lookalike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.customer.CustomerErasure;
import io.finseg.outcomes.Outcome;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleException;
import io.finseg.segment.RuleNode;
import io.finseg.segment.RuleSentence;

/**
 * "Customers the model scores at least N %": every customer is scored when the model is trained,
 * and a segment saved at a threshold counts exactly the customers the test's own scoring puts at
 * or above it (the same training repeated by the test, then every customer scored in memory).
 */
abstract class LookalikeScoresContract extends LookalikeFixture {

	@Autowired
	ModelFeatureReader reader;

	@Autowired
	LookalikeFeatures lookalikeFeatures;

	@Autowired
	RuleSentence sentences;

	@Autowired
	CustomerErasure erasure;

	@Test
	void aSegmentSavedAtAThresholdCountsTheCustomersTheModelScoresAtLeastThat() throws Exception {
		long campaign = frozenCampaign(Purpose.GENERAL);
		upload(campaign, planted(campaign, 5));
		LookalikeModel model = trained(campaign, null);
		assertThat(model.scores().scored()).as("every customer with features is scored").isEqualTo(features.current().customers());
		assertThat(model.scoredAsOf()).isEqualTo(features.current().asOf());

		double[] ownScores = ownScores(campaign, model, model.usesProtected());
		for (ScoreBands.Band band : model.scores().bands()) {
			assertThat(band.customers()).as("customers at or above %d %%", band.percent())
				.isEqualTo(atLeast(ownScores, band.percent()));
		}
		int percent = model.scores().topTenthThreshold();
		long expected = atLeast(ownScores, percent);
		assertThat(expected).as("a threshold that picks some customers, not all").isBetween(1L, (long) ownScores.length - 1);

		long segmentId = lookalikeSegments.saveScoredAtLeast(campaign, model.id(), model.version(), percent,
				"Scored like the converters " + System.nanoTime(), "marketer");
		RuleNode rule = segments.get(segmentId).rule();
		assertThat(rule).isEqualTo(new RuleNode.ScoreCondition(model.id(), percent));
		assertThat(segments.count(rule, segmentId).customers()).as("segment count = customers scored ≥ %d %%", percent)
			.isEqualTo(expected);
		assertThat(sentences.of(rule, id -> "", Locale.UK))
			.isEqualTo("scored at least " + percent + " % by look-alike model " + model.id());
		assertThat(model.usesProtected()).as("a general campaign's model uses age and life stage").isTrue();
		assertThat(guard.flags(Purpose.CREDIT_OFFER, rule, null)).as("its scores, offered credit, select by them").isTrue();
	}

	@Test
	void theFormSavesAThresholdAMarketerChoosesAndTheBuilderOpensIt() throws Exception {
		long campaign = frozenCampaign(Purpose.GENERAL);
		upload(campaign, planted(campaign, 3));
		LookalikeModel model = trained(campaign, null);
		String url = "/campaigns/" + campaign + "/lookalikes/" + model.id();
		List<ScoreBands.Band> choices = model.scores().choices();
		assertThat(choices).as("thresholds offered: each selects others than the one before").extracting(ScoreBands.Band::customers)
			.doesNotHaveDuplicates().allMatch(customers -> customers > 0);
		ScoreBands.Band band = choices.get(choices.size() - 1);

		assertThat(mvc.get().uri(url).with(user("ann").roles("ANALYST"))).bodyText()
			.contains("Save customers by their score", band.percent() + " %");
		assertThat(mvc.post().uri(url + "/score-segment").param("version", Integer.toString(model.version()))
			.param("percent", Integer.toString(band.percent())).param("name", "Analyst's")
			.with(csrf()).with(user("ann").roles("ANALYST"))).as("an analyst reads, never saves").hasStatus(403);
		for (String refused : List.of("abc", "33", "100", "")) {
			assertThat(mvc.post().uri(url + "/score-segment").param("version", Integer.toString(model.version()))
				.param("percent", refused).param("name", "Refused " + refused)
				.with(csrf()).with(user("mark").roles("MARKETER"))).as("threshold '%s'", refused).hasRedirectedUrl(url);
		}
		assertThat(lookalikes.get(campaign, model.id()).segmentId()).as("nothing saved from a refused threshold").isNull();
		assertThat(mvc.post().uri("/campaigns/" + campaign + "/lookalikes").param("outcome", "'; DROP TABLE lookalike_model; --")
			.with(csrf()).with(user("mark").roles("MARKETER"))).as("an outcome not on the list")
			.hasRedirectedUrl("/campaigns/" + campaign + "/lookalikes");
		assertThat(lookalikes.ofCampaign(campaign)).as("no model started for it").hasSize(1);

		String name = "Top scores " + System.nanoTime();
		MvcTestResult saved = mvc.post().uri(url + "/score-segment").param("version", Integer.toString(model.version()))
			.param("percent", Integer.toString(band.percent())).param("name", name)
			.with(csrf()).with(user("mark").roles("MARKETER")).exchange();
		long segmentId = lookalikes.get(campaign, model.id()).segmentId();
		assertThat(saved).hasRedirectedUrl("/segments/" + segmentId);
		assertThat(segments.count(segments.get(segmentId).rule(), segmentId).customers()).isEqualTo(band.customers());
		assertThat(mvc.get().uri("/segments/" + segmentId + "/edit").with(user("mark").roles("MARKETER"))).bodyText()
			.contains("scored at least " + band.percent() + " % by look-alike model " + model.id());
	}

	@Test
	void aCreditOfferModelOnProtectedAttributesFlagsItsScoreSegmentAndErasureRemovesScores() throws Exception {
		long campaign = frozenCampaign(Purpose.CREDIT_OFFER);
		upload(campaign, planted(campaign, 9));
		LookalikeModel fair = trained(campaign, null);
		assertThat(fair.usesProtected()).isFalse();
		assertThat(guard.flags(Purpose.CREDIT_OFFER, new RuleNode.ScoreCondition(fair.id(), 10), null)).isFalse();
		LookalikeModel withAge = trained(campaign, true);
		assertThat(withAge.flagged()).isTrue();
		assertThat(guard.flags(Purpose.CREDIT_OFFER, new RuleNode.ScoreCondition(withAge.id(), 10), null)).isTrue();

		long customer = jdbc.sql("SELECT MIN(customer_id) FROM lookalike_score WHERE model_id = :m").param("m", withAge.id())
			.query(Long.class).single();
		assertThat(erasure.erase(customer)).isPresent();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM lookalike_score WHERE customer_id = :c").param("c", customer)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aModelThatDidNotFinishKeepsNoScoresAndSelectsNoOne() {
		long campaign = frozenCampaign(Purpose.GENERAL);
		long modelId = jdbc.sql("""
				INSERT INTO lookalike_model (campaign_id, outcome, status, seed, features, uses_protected, flagged, created_by, created_at, version)
				VALUES (:c, 'CONVERTED', 'RUNNING', 1, '[]', FALSE, FALSE, 'tester', CURRENT_TIMESTAMP, 0)""")
			.param("c", campaign).update(new org.springframework.jdbc.support.GeneratedKeyHolder()) > 0
				? jdbc.sql("SELECT MAX(id) FROM lookalike_model").query(Long.class).single() : -1;
		long customer = jdbc.sql("SELECT MIN(customer_id) FROM " + features.current().table().tableName()).query(Long.class).single();
		jdbc.sql("INSERT INTO lookalike_score (model_id, customer_id, score) VALUES (:m, :c, 0.9)")
			.param("m", modelId).param("c", customer).update();

		lookalikes.end(modelId, ModelStatus.CANCELLED);

		assertThat(jdbc.sql("SELECT COUNT(*) FROM lookalike_score WHERE model_id = :m").param("m", modelId)
			.query(Long.class).single()).as("scores written before the model stopped").isZero();
		assertThatThrownBy(() -> segments.count(new RuleNode.ScoreCondition(modelId, 50), null))
			.isInstanceOf(RuleException.class).hasMessageContaining("segment.problem.unknownModel");
	}

	/** The job's training repeated with the same split and columns, then every customer scored. */
	private double[] ownScores(long campaign, LookalikeModel model, boolean withProtected) throws Exception {
		List<Integer> target = new ArrayList<>();
		campaigns.members(campaign).forEach((customer, holdout) -> {
			if (!holdout) {
				target.add(customer);
			}
		});
		Set<Integer> reached = outcomes.customersWith(campaign, Outcome.CONVERTED);
		SeededSplit split = SeededSplit.of(target.stream().mapToInt(Integer::intValue).toArray(), model.seed(),
				LookalikeWork.PART_CAP);
		List<ModelColumn> columns = LookalikeFeatures.columns(lookalikeFeatures.attributes(withProtected));
		LookalikeTrainer.Trained trained = LookalikeTrainer.train(columns, reader.read(split.train(), reached::contains, columns),
				reader.read(split.test(), reached::contains, columns));
		List<Double> scores = new ArrayList<>();
		reader.forEach(trained.columns(), (customer, values) -> {
			try {
				scores.add(trained.scorer().score(values));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		return scores.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static long atLeast(double[] scores, int percent) {
		double minimum = percent / 100.0;
		return java.util.Arrays.stream(scores).filter(score -> score >= minimum).count();
	}

}
