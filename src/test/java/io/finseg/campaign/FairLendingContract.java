package io.finseg.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.consent.Channel;
import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.FairLendingGuard;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/** The fair-lending guard and the four-eyes approval of flagged credit offers, on every database. */
abstract class FairLendingContract {

	@Autowired
	FairLendingGuard guard;

	@Autowired
	SegmentService segments;

	@Autowired
	CampaignService campaigns;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void customersWithFeatures() throws Exception {
		if (features.current().customers() < 100) {
			LocalDate asOf = LocalDate.of(2026, 6, 30);
			generator.generate(new GenerationRequest(200, 41, asOf), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(asOf, "tester"), Duration.ofSeconds(120));
		}
	}

	static RuleNode.Condition condition(String attribute, Operator operator, String value) {
		return new RuleNode.Condition(attribute, operator, List.of(value));
	}

	static RuleNode and(RuleNode... children) {
		return new RuleNode.Group(RuleNode.Logic.AND, List.of(children));
	}

	long segment(String name, Purpose purpose, RuleNode rule) {
		return segments.create(name + " " + System.nanoTime(), null, purpose, "anna", rule);
	}

	@Test
	void catchesAProtectedAttributeUsedDirectly() {
		List<FairLendingGuard.Finding> findings = guard.findings(
				and(condition("income", Operator.GE, "20000"), condition("age", Operator.GE, "30")), null, Locale.UK);
		assertThat(findings).containsExactly(new FairLendingGuard.Finding("age ≥ 30", List.of()));
	}

	@Test
	void catchesAProtectedAttributeThreeSegmentsDeepAndNamesThePath() {
		long retired = segment("Retired", Purpose.GENERAL, and(condition("life_stage", Operator.EQ, "RETIRED")));
		long middle = segment("Middle", Purpose.GENERAL, and(new RuleNode.SegmentReference(retired, false)));
		long outer = segment("Outer", Purpose.GENERAL, and(new RuleNode.SegmentReference(middle, true)));
		RuleNode offer = and(condition("income", Operator.GE, "20000"), new RuleNode.SegmentReference(outer, false));

		List<FairLendingGuard.Finding> findings = guard.findings(offer, null, Locale.UK);
		assertThat(findings).hasSize(1);
		assertThat(findings.get(0).condition()).isEqualTo("life stage = Retired");
		assertThat(findings.get(0).via()).containsExactly(segments.get(outer).name(), segments.get(middle).name(),
				segments.get(retired).name());
	}

	@Test
	void catchesAClusterOfARunTrainedOnAProtectedAttribute() {
		long onAge = clusteringRun(true);
		long onSpending = clusteringRun(false);

		List<FairLendingGuard.Finding> findings = guard.findings(and(condition("income", Operator.GE, "20000"),
				new RuleNode.ClusterCondition(onAge, 1), new RuleNode.ClusterCondition(onSpending, 0)), null, Locale.UK);
		assertThat(findings).containsExactly(
				new FairLendingGuard.Finding("in cluster 2 of clustering run " + onAge, List.of()));
		long viaSegment = segment("Cluster 2", Purpose.GENERAL, and(new RuleNode.ClusterCondition(onAge, 1)));
		assertThat(guard.flags(Purpose.CREDIT_OFFER, and(new RuleNode.SegmentReference(viaSegment, false)), null)).isTrue();
	}

	/** A finished clustering run, as the clustering room stores it, trained on age or not. */
	long clusteringRun(boolean onProtected) {
		long id = java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000_000);
		jdbc.sql("""
				INSERT INTO cluster_run (id, algorithm, cluster_count, features, sample_size, seed, max_iterations, status,
				  trained_on_protected, created_by, created_at, version)
				VALUES (:id, 'KMEANS', 3, :features, 1000, 7, 100, 'COMPLETED', :protected, 'tester', :at, 0)""")
			.param("id", id).param("features", onProtected ? "age,income" : "income,tx_sum_90d")
			.param("protected", onProtected).param("at", java.time.LocalDateTime.of(2026, 11, 24, 9, 0))
			.update();
		for (int cluster = 0; cluster < 3; cluster++) {
			jdbc.sql("""
					INSERT INTO cluster_run_cluster (run_id, cluster_number, size, label, label_edited, profile_json)
					VALUES (:id, :cluster, 0, 'test', FALSE, '{}')""").param("id", id).param("cluster", cluster).update();
		}
		return id;
	}

	@Test
	void doesNotFlagARuleWithoutAProtectedAttribute() {
		long savers = segment("Savers", Purpose.GENERAL, and(condition("savings_balance", Operator.GT, "1000")));
		RuleNode offer = and(condition("income", Operator.GE, "20000"), new RuleNode.SegmentReference(savers, false),
				condition("credit_score", Operator.GE, "650"));
		assertThat(guard.findings(offer, null, Locale.UK)).isEmpty();
		assertThat(guard.flags(Purpose.CREDIT_OFFER, offer, null)).isFalse();
		assertThat(guard.flags(Purpose.GENERAL, and(condition("age", Operator.GE, "30")), null)).isFalse();
	}

	@Test
	void needsAnotherAdminsApprovalToFreezeAFlaggedCreditOffer() throws Exception {
		long segment = segment("Over 30 offer", Purpose.CREDIT_OFFER, and(condition("age", Operator.GE, "30")));
		long id = campaigns.create(new CampaignForm("Loan offer " + System.nanoTime(), segment, Channel.EMAIL,
				Purpose.CREDIT_OFFER, List.of(ExportField.CUSTOMER_ID), 0), "anna");

		assertThatThrownBy(() -> campaigns.freeze(id, campaigns.get(id).version(), "anna"))
			.isInstanceOfSatisfying(CampaignException.class, e -> assertThat(e.messageKey()).isEqualTo("campaign.problem.approvalNeeded"));
		assertThatThrownBy(() -> campaigns.approve(id, campaigns.get(id).version(), "anna", "I checked it"))
			.isInstanceOfSatisfying(CampaignException.class, e -> assertThat(e.messageKey()).isEqualTo("campaign.problem.ownApproval"));
		assertThat(mvc.post().uri("/campaigns/" + id + "/approve").param("version", "0").param("reason", "fine").with(csrf())
			.with(user("marty").roles("MARKETER"))).hasStatus(403);
		assertThatThrownBy(() -> campaigns.approve(id, campaigns.get(id).version(), "boss", " "))
			.isInstanceOfSatisfying(CampaignException.class, e -> assertThat(e.messageKey()).isEqualTo("campaign.problem.reasonMissing"));

		String page = mvc.get().uri("/campaigns/" + id).with(user("boss").roles("ADMIN")).exchange().getResponse()
			.getContentAsString();
		assertThat(page).contains("Fair-lending guard: approval needed", "age ≥ 30", "id=\"approve-form\"");
		assertThat(mvc.get().uri("/campaigns/" + id).with(user("anna").roles("ADMIN")).exchange().getResponse()
			.getContentAsString()).contains("another admin must approve it").doesNotContain("id=\"approve-form\"");

		assertThat(mvc.post().uri("/campaigns/" + id + "/approve").param("version", Integer.toString(campaigns.get(id).version()))
			.param("reason", "Age limit required by the product's terms").with(csrf()).with(user("boss").roles("ADMIN")))
			.hasStatus3xxRedirection();
		Campaign approved = campaigns.get(id);
		assertThat(approved.approval().by()).isEqualTo("boss");
		assertThat(jdbc.sql("SELECT details FROM audit_log WHERE action = 'CAMPAIGN_APPROVED' AND target_id = :id")
			.param("id", Long.toString(id)).query(String.class).single()).contains("Age limit required by the product's terms");
		assertThat(campaigns.freeze(id, approved.version(), "anna")).isPositive();
	}

	@Test
	void asksForANewApprovalWhenTheSegmentChangesAfterIt() {
		long segment = segment("Changing offer", Purpose.CREDIT_OFFER, and(condition("age", Operator.GE, "30")));
		long id = campaigns.create(new CampaignForm("Changing " + System.nanoTime(), segment, Channel.EMAIL,
				Purpose.CREDIT_OFFER, List.of(ExportField.CUSTOMER_ID), 0), "anna");
		campaigns.approve(id, campaigns.get(id).version(), "boss", "Checked");
		var saved = segments.get(segment);
		segments.update(segment, saved.version(), saved.name(), null, Purpose.CREDIT_OFFER,
				and(condition("age", Operator.GE, "25")), "anna");

		assertThat(campaigns.fairLending(campaigns.get(id), Locale.UK).approved()).isFalse();
		assertThatThrownBy(() -> campaigns.freeze(id, campaigns.get(id).version(), "anna")).isInstanceOf(CampaignException.class);
	}

}
