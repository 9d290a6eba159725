package io.finseg.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;

/**
 * Outcomes and results on a real database: the figures equal the test's own computation, a
 * file is recorded all or nothing, consent is withdrawn only on an admin's word, and breakdowns
 * add up to the whole. The seeded coverage of the intervals is in {@link LiftCoverageContract}.
 */
abstract class OutcomesContract extends OutcomesFixture {

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
