package io.finseg.outcomes;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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
 * What the outcome contracts share: customers, a segment of adults, frozen campaigns, and
 * outcome files planted by a seed and uploaded as a marketer.
 */
abstract class OutcomesFixture {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

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

}
