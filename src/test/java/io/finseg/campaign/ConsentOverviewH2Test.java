package io.finseg.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;
import io.finseg.support.UsesH2;

/** The consent overview counts what the compliance table says, overall and per segment. */
@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@AutoConfigureMockMvc
@UsesH2
class ConsentOverviewH2Test {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	SegmentService segments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheBreakdownPerSegmentAndTheCustomersWithoutACurrentRecord() throws Exception {
		LocalDate asOf = LocalDate.of(2026, 6, 30);
		if (features.current().customers() < 200) {
			generator.generate(new GenerationRequest(300, 31, asOf), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(asOf, "tester"), Duration.ofSeconds(120));
		}
		segments.create("Consent check " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("age", Operator.GE, List.of("50")));
		long refused = jdbc.sql("SELECT COUNT(*) FROM compliance WHERE consent_given = FALSE OR do_not_contact = TRUE")
			.query(Long.class).single();
		long missing = jdbc.sql("""
				SELECT COUNT(*) FROM customer c LEFT JOIN compliance cp ON cp.customer_id = c.customer_id
				WHERE cp.customer_id IS NULL OR cp.updated_at < :cutoff""")
			.param("cutoff", LocalDate.now().minusYears(2).atStartOfDay()).query(Long.class).single();

		String html = mvc.get().uri("/consent").with(user("analyst").roles("ANALYST")).exchange().getResponse()
			.getContentAsString();

		assertThat(html).contains("All customers", "Consent check ", "Missing or old consent records");
		assertThat(html).contains(">%,d (".formatted(refused));
		assertThat(html).contains("%,d customers have no consent record".formatted(missing));
		assertThat(missing).isPositive();
	}

}
