package io.finseg.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.campaign.CampaignForm;
import io.finseg.campaign.CampaignService;
import io.finseg.campaign.ExportField;
import io.finseg.consent.Channel;
import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/**
 * Outcomes and results on a real database: planted effects are recovered inside their
 * intervals, no effect gives intervals around zero, the figures equal the test's own
 * computation, and a file is recorded all or nothing.
 * <p>
 * The seeds are 1 to 20 and 101 to 120, fixed and never searched for. With an exact 95 %
 * interval, 19 or more of 20 cover the truth with a probability of about 0.74 (0.95²⁰ +
 * 20 · 0.05 · 0.95¹⁹), so the criterion is checked on fixed data, not re-drawn on every run.
 * The seeded runs use members of the test's own (see {@link #seededCampaign}), so what other
 * test classes left in a shared database does not change their data.
 */
abstract class OutcomesContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	static final int SEEDS = 20;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	CampaignResults results;

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

	long segmentId;

	@BeforeEach
	void customersAndASegment() throws Exception {
		if (features.current().customers() < 300) {
			generator.generate(new GenerationRequest(400, 23, AS_OF), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		}
		segmentId = segments.create("Adults " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("age", Operator.GE, List.of("18")));
	}

	long frozenCampaign(int holdout) {
		long id = campaigns.create(new CampaignForm("Outcomes " + System.nanoTime(), segmentId, Channel.EMAIL, Purpose.GENERAL,
				List.of(ExportField.CUSTOMER_ID), holdout), "marketer");
		campaigns.freeze(id, campaigns.get(id).version(), "marketer");
		return id;
	}

	static final int SEEDED_MEMBERS = 400;

	static final long FIRST_SEEDED_MEMBER = 1_900_000_001L;

	/**
	 * A frozen campaign whose members are replaced by {@value #SEEDED_MEMBERS} ids of the test's
	 * own, above any generated customer, each held out with {@code holdoutPercent} % by the
	 * test's seed. The segment's members and the product's id hash depend on which customers are
	 * in the database; these members and their draw depend on the seed alone.
	 */
	long seededCampaign(int holdoutPercent, long seed) {
		long id = frozenCampaign(holdoutPercent);
		jdbc.sql("DELETE FROM campaign_member WHERE campaign_id = :id").param("id", id).update();
		Random draw = new Random(-seed);
		for (long customer = FIRST_SEEDED_MEMBER; customer < FIRST_SEEDED_MEMBER + SEEDED_MEMBERS; customer++) {
			jdbc.sql("""
					INSERT INTO campaign_member (campaign_id, customer_id, holdout, reason_at_freeze)
					VALUES (:id, :customer, :holdout, NULL)""")
				.param("id", id).param("customer", customer).param("holdout", draw.nextInt(100) < holdoutPercent).update();
		}
		return id;
	}

	/** The members as the test reads them itself: customer id → held out. */
	Map<Long, Boolean> members(long campaignId) {
		Map<Long, Boolean> members = new LinkedHashMap<>();
		jdbc.sql("SELECT customer_id, holdout FROM campaign_member WHERE campaign_id = :id ORDER BY customer_id")
			.param("id", campaignId).query(rs -> {
				members.put(rs.getLong(1), rs.getBoolean(2));
			});
		return members;
	}

	String today() {
		return LocalDate.now().toString();
	}

	/** Converts each target member with {@code targetRate}, each holdout member with {@code holdoutRate}. */
	String planted(Map<Long, Boolean> members, double targetRate, double holdoutRate, long seed) {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder("customer_id,outcome,date,value\n");
		members.forEach((customer, holdout) -> {
			if (random.nextDouble() < (holdout ? holdoutRate : targetRate)) {
				csv.append(customer).append(",CONVERTED,").append(today()).append(",100.00\n");
			}
		});
		return csv.toString();
	}

	OutcomeService.UploadResult upload(long campaignId, String csv) throws IOException {
		return outcomes.upload(campaignId, "outcomes.csv", new StringReader(csv), "marketer");
	}

	long count(String sql, long campaignId) {
		return jdbc.sql(sql).param("id", campaignId).query(Long.class).single();
	}

	@Test
	void recoversAPlantedLiftInsideItsIntervalInAtLeast19Of20Seeds() throws IOException {
		double truth = 0.30 - 0.15;
		List<String> missed = new ArrayList<>();
		for (long seed = 1; seed <= SEEDS; seed++) {
			long id = seededCampaign(50, seed);
			assertThat(upload(id, planted(members(id), 0.30, 0.15, seed)).accepted()).isTrue();
			Lift lift = results.results(id, Outcome.CONVERTED, Breakdown.NONE).overall();
			assertThat(lift.tooSmall()).as("seed %d: holdout of %d", seed, lift.holdout().members()).isFalse();
			if (truth < lift.absoluteLow() || truth > lift.absoluteHigh()) {
				missed.add("seed %d: %.3f to %.3f".formatted(seed, lift.absoluteLow(), lift.absoluteHigh()));
			}
		}
		System.out.printf("Planted lift: %d of %d intervals cover 15 points %s%n", SEEDS - missed.size(), SEEDS, missed);
		assertThat(missed).as("intervals that miss the planted lift of 15 points").hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void coversZeroOnDataWithoutEffectInAtLeast19Of20Seeds() throws IOException {
		List<String> missed = new ArrayList<>();
		for (long seed = 101; seed < 101 + SEEDS; seed++) {
			long id = seededCampaign(50, seed);
			assertThat(upload(id, planted(members(id), 0.20, 0.20, seed)).accepted()).isTrue();
			Lift lift = results.results(id, Outcome.CONVERTED, Breakdown.NONE).overall();
			if (lift.absoluteLow() > 0 || lift.absoluteHigh() < 0) {
				missed.add("seed %d: %.3f to %.3f".formatted(seed, lift.absoluteLow(), lift.absoluteHigh()));
			}
		}
		System.out.printf("No effect: %d of %d intervals cover 0 %s%n", SEEDS - missed.size(), SEEDS, missed);
		assertThat(missed).as("intervals that exclude zero on data without effect").hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void figuresEqualTheTestsOwnComputationFromTheDatabase() throws IOException {
		long id = frozenCampaign(30);
		assertThat(upload(id, planted(members(id), 0.35, 0.2, 7)).accepted()).isTrue();
		long nT = count("SELECT COUNT(*) FROM campaign_member WHERE campaign_id = :id AND holdout = FALSE", id);
		long nH = count("SELECT COUNT(*) FROM campaign_member WHERE campaign_id = :id AND holdout = TRUE", id);
		long xT = count("""
				SELECT COUNT(*) FROM campaign_outcome o JOIN campaign_member m ON m.campaign_id = o.campaign_id AND m.customer_id = o.customer_id
				WHERE o.campaign_id = :id AND o.outcome = 'CONVERTED' AND m.holdout = FALSE""", id);
		long xH = count("""
				SELECT COUNT(*) FROM campaign_outcome o JOIN campaign_member m ON m.campaign_id = o.campaign_id AND m.customer_id = o.customer_id
				WHERE o.campaign_id = :id AND o.outcome = 'CONVERTED' AND m.holdout = TRUE""", id);
		double pT = (double) xT / nT;
		double pH = (double) xH / nH;
		double se = Math.sqrt(pT * (1 - pT) / nT + pH * (1 - pH) / nH);
		double z = 1.9599639845400536; // Python: statistics.NormalDist().inv_cdf(0.975)

		Lift lift = results.results(id, Outcome.CONVERTED, Breakdown.NONE).overall();
		assertThat(lift.target().members()).isEqualTo(nT);
		assertThat(lift.holdout().members()).isEqualTo(nH);
		assertThat(lift.target().withOutcome()).isEqualTo(xT);
		assertThat(lift.holdout().withOutcome()).isEqualTo(xH);
		assertThat(lift.absolute()).isCloseTo(pT - pH, within(1e-12));
		assertThat(lift.absoluteLow()).isCloseTo(pT - pH - z * se, within(1e-12));
		assertThat(lift.absoluteHigh()).isCloseTo(pT - pH + z * se, within(1e-12));
		assertThat(lift.incremental()).isCloseTo((pT - pH) * nT, within(1e-9));
		assertThat(lift.incrementalValue()).as("every conversion is worth 100").isCloseTo(100 * (pT - pH) * nT, within(1e-6));

		MvcTestResult page = mvc.get().uri("/campaigns/" + id + "/outcomes").with(user("ann").roles("ANALYST")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains(LiftFormat.signedPoints(pT - pH) + " points (95 % CI "
				+ LiftFormat.signedPoints(pT - pH - z * se) + " to " + LiftFormat.signedPoints(pT - pH + z * se) + ")");
	}

	@Test
	void refusesAFileWithAnyWrongLineAndRecordsNothing() throws Exception {
		long id = frozenCampaign(20);
		List<Long> ids = new ArrayList<>(members(id).keySet());
		long outsider = jdbc.sql("SELECT MAX(customer_id) FROM customer").query(Long.class).single() + 1000;
		String csv = "customer_id,outcome,date,value\n"
				+ ids.get(0) + ",CONVERTED," + today() + ",250.00\n"
				+ outsider + ",CONVERTED," + today() + ",\n"
				+ ids.get(1) + ",BOUGHT," + today() + ",\n"
				+ ids.get(2) + ",OPENED,2001-01-01,\n"
				+ ids.get(3) + ",OPENED," + today() + ",12.345\n"
				+ ids.get(0) + ",CONVERTED," + today() + ",\n";
		MvcTestResult result = mvc.post().uri("/campaigns/" + id + "/outcomes")
			.multipart().file(new MockMultipartFile("file", "outcomes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(user("marketer").roles("MARKETER")).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("5 problems; nothing was recorded",
				"Customer " + outsider + " is not a member of this campaign",
				"&quot;BOUGHT&quot; is not an outcome",
				"2001-01-01 is outside the campaign",
				"&quot;12.345&quot; is not a value",
				"Customer " + ids.get(0) + " has the outcome CONVERTED twice in the file (first on line 2)");
		assertThat(count("SELECT COUNT(*) FROM campaign_outcome WHERE campaign_id = :id", id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM campaign_outcome_upload WHERE campaign_id = :id", id)).isZero();
	}

	@Test
	void keepsTheFirstRecordOfAnOutcomeAndRecordsHoldoutConversions() throws IOException {
		long id = frozenCampaign(50);
		Map<Long, Boolean> members = members(id);
		long target = members.entrySet().stream().filter(e -> !e.getValue()).findFirst().orElseThrow().getKey();
		long held = members.entrySet().stream().filter(Map.Entry::getValue).findFirst().orElseThrow().getKey();
		upload(id, "customer_id,outcome,date,value\n%d,CONVERTED,%s,100.00\n%d,CONVERTED,%s,80.00\n"
			.formatted(target, today(), held, today()));
		// Saved by a spreadsheet: a byte-order mark before the header.
		OutcomeService.UploadResult second = upload(id, "\uFEFFcustomer_id,outcome,date,value\n%d,CONVERTED,%s,999.00\n%d,OPENED,%s,\n"
			.formatted(target, today(), target, today()));

		assertThat(second.rows()).isEqualTo(2);
		assertThat(second.newRows()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT amount FROM campaign_outcome WHERE campaign_id = :id AND customer_id = :c AND outcome = 'CONVERTED'")
			.param("id", id).param("c", target).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("100.00");
		Lift lift = results.results(id, Outcome.CONVERTED, Breakdown.NONE).overall();
		assertThat(lift.target().withOutcome()).isEqualTo(1);
		assertThat(lift.holdout().withOutcome()).as("a holdout member may convert too").isEqualTo(1);
		assertThat(jdbc.sql("SELECT details FROM audit_log WHERE action = 'CAMPAIGN_OUTCOMES_UPLOADED' AND target_id = :id ORDER BY id")
			.param("id", Long.toString(id)).query(String.class).list()).hasSize(2).last().asString().contains("rows=2, new=1");
	}

	@Test
	void withdrawsTheChannelOptInOfUnsubscribersOnlyWhenAnAdminConfirms() throws Exception {
		long id = frozenCampaign(10);
		List<Long> ids = jdbc.sql("""
				SELECT m.customer_id FROM campaign_member m JOIN compliance cp ON cp.customer_id = m.customer_id
				WHERE m.campaign_id = :id AND cp.email_opt_in = TRUE AND cp.sms_opt_in = TRUE ORDER BY m.customer_id LIMIT 3""")
			.param("id", id).query(Long.class).list();
		assertThat(ids).hasSize(3);
		StringBuilder csv = new StringBuilder("customer_id,outcome,date\n");
		ids.forEach(c -> csv.append(c).append(",UNSUBSCRIBED,").append(today()).append('\n'));
		long upload = upload(id, csv.toString()).uploadId();
		assertThat(optedIn("email_opt_in", ids)).as("nothing changes on the upload alone").isEqualTo(3);

		String url = "/campaigns/" + id + "/outcomes/uploads/" + upload + "/withdraw-consent";
		assertThat(mvc.post().uri(url).with(csrf()).with(user("marketer").roles("MARKETER"))).hasStatus(403);
		assertThat(optedIn("email_opt_in", ids)).isEqualTo(3);
		assertThat(mvc.get().uri("/campaigns/" + id + "/outcomes").with(user("boss").roles("ADMIN"))).bodyText()
			.contains("3 unsubscribed; their Email consent stays as it is until an admin confirms", "Withdraw the Email consent of these 3 customers");

		assertThat(mvc.post().uri(url).with(csrf()).with(user("boss").roles("ADMIN"))).hasStatus3xxRedirection()
			.flash().containsEntry("flashSuccess", "outcomes.flash.consentWithdrawn");
		assertThat(optedIn("email_opt_in", ids)).isZero();
		assertThat(optedIn("sms_opt_in", ids)).as("other channels stay").isEqualTo(3);
		assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'CONSENT_WITHDRAWN_AFTER_UNSUBSCRIBE' AND target_id = :id")
			.param("id", Long.toString(id)).query(String.class).single()).isEqualTo("boss");
		assertThat(mvc.post().uri(url).with(csrf()).with(user("boss").roles("ADMIN"))).flash()
			.containsEntry("flashError", "outcomes.problem.nothingToWithdraw");
	}

	long optedIn(String column, List<Long> ids) {
		return jdbc.sql("SELECT COUNT(*) FROM compliance WHERE %s = TRUE AND customer_id IN (:ids)".formatted(column))
			.param("ids", ids).query(Long.class).single();
	}

	@Test
	void splitsByAttributeAndBySegmentIntoGroupsThatAddUpToTheWhole() throws IOException {
		long id = frozenCampaign(40);
		upload(id, planted(members(id), 0.3, 0.2, 5));
		CampaignResults.Results all = results.results(id, Outcome.CONVERTED, Breakdown.NONE);
		for (Breakdown by : List.of(Breakdown.parse("attribute:life_stage"), Breakdown.parse("attribute:has_savings"))) {
			List<ResultGroup> groups = results.results(id, Outcome.CONVERTED, by).groups();
			assertThat(groups).as(by.value()).hasSizeGreaterThan(1);
			assertThat(groups.stream().mapToLong(g -> g.lift().target().withOutcome()).sum()).isEqualTo(all.overall().target().withOutcome());
			assertThat(groups.stream().mapToLong(g -> g.lift().holdout().members()).sum()).isEqualTo(all.overall().holdout().members());
		}
		long young = segments.create("Under 40 " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("age", Operator.LT, List.of("40")));
		List<ResultGroup> bySegment = results.results(id, Outcome.CONVERTED, Breakdown.parse("segment:" + young)).groups();
		long inside = jdbc.sql("""
				SELECT COUNT(*) FROM campaign_member m JOIN %s f ON f.customer_id = m.customer_id
				WHERE m.campaign_id = :id AND f.age < 40""".formatted(features.current().table().tableName()))
			.param("id", id).query(Long.class).single();
		assertThat(bySegment).extracting(ResultGroup::labelKey).containsExactlyInAnyOrder("outcomes.group.inSegment",
				"outcomes.group.notInSegment");
		ResultGroup in = bySegment.stream().filter(g -> g.label().equals("in")).findFirst().orElseThrow();
		assertThat(in.lift().target().members() + in.lift().holdout().members()).isEqualTo(inside);
		assertThat(results.results(id, Outcome.CONVERTED, Breakdown.parse("attribute:income")).breakdown())
			.as("an attribute with too many values is no breakdown").isEqualTo(Breakdown.NONE);

		MvcTestResult page = mvc.get().uri("/campaigns/" + id + "/outcomes?outcome=CONVERTED&by=attribute:life_stage")
			.with(user("ann").roles("ANALYST")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("id=\"breakdown\"", "Young professional").doesNotContain("id=\"outcomes-form\"");
	}

}
