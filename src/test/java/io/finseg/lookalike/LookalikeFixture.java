package io.finseg.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import io.finseg.jobs.JobStatus;
import io.finseg.jobs.Jobs;
import io.finseg.outcomes.Outcome;
import io.finseg.outcomes.OutcomeService;
import io.finseg.segment.FairLendingGuard;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/**
 * What the look-alike contracts stand on: 3,000 generated customers with features, a segment of
 * everyone, frozen campaigns of it with planted or shuffled converters, and models trained on them.
 */
abstract class LookalikeFixture {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@Autowired
	CampaignService campaigns;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	LookalikeService lookalikes;

	@Autowired
	LookalikeSegments lookalikeSegments;

	@Autowired
	SegmentService segments;

	@Autowired
	FairLendingGuard guard;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	long everyone;

	@BeforeEach
	void customers() throws Exception {
		if (features.current().customers() < 2500) {
			generator.generate(new GenerationRequest(3000, 41, AS_OF), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(180));
		}
		everyone = segments.create("Everyone " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("customer_since", Operator.IS_NOT_EMPTY, List.of()));
	}

	LookalikeModel trained(long campaign, Boolean includeProtected) throws Exception {
		long id = lookalikes.start(campaign, Outcome.CONVERTED, includeProtected, 7, "marketer");
		long jobId = lookalikes.get(campaign, id).jobId();
		assertThat(jobs.awaitEnd(jobId, Duration.ofSeconds(120)).status()).isEqualTo(JobStatus.SUCCEEDED);
		return lookalikes.get(campaign, id);
	}

	long frozenCampaign(Purpose purpose) {
		long id = campaigns.create(new CampaignForm("Look-alike " + System.nanoTime(), everyone, Channel.EMAIL, purpose,
				List.of(ExportField.CUSTOMER_ID), 10), "marketer");
		campaigns.freeze(id, campaigns.get(id).version(), "marketer");
		return id;
	}

	List<Long> targetMembers(long campaign) {
		return new ArrayList<>(jdbc.sql("SELECT customer_id FROM campaign_member WHERE campaign_id = :id AND holdout = FALSE ORDER BY customer_id")
			.param("id", campaign).query(Long.class).list());
	}

	long targetSize(long campaign) {
		return targetMembers(campaign).size();
	}

	List<Long> planted(long campaign, long seed) {
		return PlantedOutcomes.convertersByIncome(jdbc, features.current().table().tableName(), campaign, seed);
	}

	void upload(long campaign, List<Long> converters) throws Exception {
		assertThat(outcomes.upload(campaign, "outcomes.csv", new StringReader(PlantedOutcomes.csv(converters)), "marketer")
			.accepted()).isTrue();
	}

}
