package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.builder.ValueHints;
import io.finseg.segment.pages.MemberExplanation;

/** What the engine tells about a segment besides its count, on every database. */
abstract class SegmentInsightsContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@Autowired
	SegmentService segments;

	@Autowired
	MemberExplanation explanation;

	@Autowired
	SegmentSizeRepository sizes;

	@Autowired
	RuleSentence sentence;

	@Autowired
	ValueHints hints;

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

	@Test
	void recordsEverySegmentsSizeAfterEachFeatureBuild() throws Exception {
		generator.generate(new GenerationRequest(200, 3, AS_OF), GenerationProgress.NONE);
		long id = segments.create("Sized " + System.nanoTime(), null, Purpose.GENERAL, "tester", adultsWithMortgageOrSavings);
		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		jobs.awaitEnd(features.startRebuild(AS_OF.plusDays(1), "tester"), Duration.ofSeconds(120));

		List<SegmentSizeRepository.SegmentSize> history = sizes.history(id);
		assertThat(history).extracting(SegmentSizeRepository.SegmentSize::asOf).containsExactly(AS_OF, AS_OF.plusDays(1));
		assertThat(history.get(1).count()).isEqualTo(segments.count(adultsWithMortgageOrSavings, id));
		assertThat(history.get(1).count().customers()).isPositive();
	}

	@Test
	void explainsWhichConditionsAMemberMeetsAndMisses() throws Exception {
		generator.generate(new GenerationRequest(200, 4, AS_OF), GenerationProgress.NONE);
		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		long member = segments.members(adultsWithMortgageOrSavings, null, 0, 1).get(0);

		List<MemberExplanation.ConditionResult> why = explanation.explain(adultsWithMortgageOrSavings, null, member);
		assertThat(why).extracting(MemberExplanation.ConditionResult::path).containsExactly("0", "1.0", "1.1");
		assertThat(why.get(0).met()).isTrue();
		assertThat(why.get(1).met() || why.get(2).met()).isTrue();
		Map<String, Object> row = jdbc.sql("SELECT has_mortgage, total_balance FROM %s WHERE customer_id = :id"
			.formatted(features.current().table().tableName())).param("id", member).query().singleRow();
		assertThat(why.get(1).met()).isEqualTo(Boolean.TRUE.equals(row.values().iterator().next()));
	}

	@Test
	void breaksMembersDownByConsentStatus() throws Exception {
		generator.generate(new GenerationRequest(200, 5, AS_OF), GenerationProgress.NONE);
		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		Map<String, Long> breakdown = segments.consentBreakdown(adultsWithMortgageOrSavings, null);
		assertThat(breakdown).containsOnlyKeys("CONSENTED", "REFUSED", "UNKNOWN", "REQUIREMENTS_NOT_MET");
		assertThat(breakdown.values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(segments.count(adultsWithMortgageOrSavings, null).customers());
	}

	@Test
	void saysTheRuleInWords() {
		long recent = segments.create("Recent complaints " + System.nanoTime(), null, Purpose.SERVICE_MESSAGE, "tester",
				new RuleNode.Condition("comms_90d", Operator.GE, List.of("1")));
		RuleNode rule = new RuleNode.Group(RuleNode.Logic.AND, List.of(adultsWithMortgageOrSavings,
				new RuleNode.Condition("life_stage", Operator.NE, List.of("RETIRED")), new RuleNode.SegmentReference(recent, true)));
		assertThat(sentence.of(rule, id -> "Recent complaints", Locale.UK)).isEqualTo(
				"(age ≥ 30 and (mortgage = Yes or total balance > £50,000)) and life stage ≠ Retired and not in \"Recent complaints\"");
	}

	@Test
	void hintsTheRangeOfEveryNumericAttributeFromTheData() throws Exception {
		generator.generate(new GenerationRequest(200, 6, AS_OF), GenerationProgress.NONE);
		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		Map<String, ValueHints.Range> ranges = hints.ranges();
		Map<String, Object> ages = jdbc.sql("SELECT MIN(age) AS low, MAX(age) AS high FROM %s"
			.formatted(features.current().table().tableName())).query().singleRow();
		assertThat(ranges.get("age").min().intValue()).isEqualTo(((Number) ages.values().toArray()[0]).intValue());
		assertThat(ranges.get("age").max().intValue()).isEqualTo(((Number) ages.values().toArray()[1]).intValue());
		assertThat(ranges).containsKeys("income", "total_balance", "credit_score", "days_since_last_tx")
			.doesNotContainKeys("life_stage", "has_mortgage");
	}

	@Test
	void refusesAClusterThatDoesNotExist() {
		assertThatThrownBy(() -> segments.count(new RuleNode.ClusterCondition(999, 2), null))
			.isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo("segment.problem.unknownCluster"));
	}

}
