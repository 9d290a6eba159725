package io.finseg.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.campaign.Campaign;
import io.finseg.campaign.CampaignService;
import io.finseg.datagen.DataGenerationJobs;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.support.UsesH2;

/** A first start on the embedded database ends with two demo campaigns whose results pages say something real. */
@SpringBootTest(properties = { "finseg.demo-data=auto", "finseg.features.rebuild-on-data-change=true" })
@AutoConfigureMockMvc
@UsesH2
class DemoCampaignsH2Test {

	@Autowired
	DataGenerationJobs generation;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	CampaignService campaigns;

	@Autowired
	CampaignResults results;

	@Autowired
	MockMvcTester mvc;

	@Test
	void plantsAnEffectInOneCampaignAndNoneInTheOther() throws Exception {
		jobs.awaitEnd(generation.latest().orElseThrow().id(), Duration.ofSeconds(120));
		Instant deadline = Instant.now().plusSeconds(120);
		while (campaigns.all().size() < 2 && Instant.now().isBefore(deadline)) {
			var rebuild = features.running();
			if (rebuild.isPresent()) {
				jobs.awaitEnd(rebuild.get().id(), Duration.ofSeconds(120));
			}
			Thread.sleep(200);
		}
		Map<String, Campaign> byName = new HashMap<>();
		campaigns.all().forEach(c -> byName.put(c.name(), c));
		assertThat(byName).containsOnlyKeys(DemoCampaigns.SAVINGS, DemoCampaigns.CARD);

		long savings = byName.get(DemoCampaigns.SAVINGS).id();
		Lift planted = results.results(savings, Outcome.CONVERTED, Breakdown.NONE).overall();
		// Planted: +5 points, +8 for young professionals; detected with thousands of members.
		assertThat(planted.tooSmall()).isFalse();
		assertThat(planted.clear()).isTrue();
		assertThat(planted.absoluteLow()).isPositive();
		assertThat(planted.absolute()).isBetween(0.02, 0.10);
		Lift none = results.results(byName.get(DemoCampaigns.CARD).id(), Outcome.CONVERTED, Breakdown.NONE).overall();
		assertThat(none.absolute()).as("no planted effect").isBetween(-0.04, 0.04);

		assertThat(mvc.get().uri("/campaigns/" + savings + "/outcomes").with(user("ann").roles("ANALYST"))).hasStatusOk()
			.bodyText().contains("The campaign raised conversion by", "Incremental value in the target");
		assertThat(mvc.get().uri("/campaigns/" + savings + "/outcomes?outcome=UNSUBSCRIBED").with(user("ann").roles("ANALYST")))
			.hasStatusOk().bodyText().contains("demo-outcomes.csv", "unsubscribed");
	}

}
