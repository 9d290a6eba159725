package io.finseg.segmentindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
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
import io.finseg.segment.IndexedCounts;
import io.finseg.segment.Operator;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;
import io.finseg.support.UsesH2;

/** Without the index (switched off, or too big for the heap) every count is the SQL count. */
class SegmentIndexOffH2Test {

	static final RuleNode ADULTS = new RuleNode.Condition("age", Operator.GE, List.of("18"));

	abstract static class WithoutIndex {

		@Autowired
		DataGenerator generator;

		@Autowired
		FeatureService features;

		@Autowired
		Jobs jobs;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		IndexedCounts counts;

		@Autowired
		SegmentService segments;

		@Autowired
		MockMvcTester mvc;

		void countsComeFromSql() throws InterruptedException {
			generator.generate(new GenerationRequest(200, 9, LocalDate.of(2026, 6, 30)), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(LocalDate.of(2026, 6, 30), "tester"), Duration.ofSeconds(120));

			assertThat(counts.members(ADULTS, id -> Optional.empty(), features.current())).isEmpty();
			assertThat(segments.count(ADULTS, null).customers()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM "
					+ features.current().table().tableName() + " WHERE age >= 18").query(Long.class).single()).isPositive();
		}

		String jobsPage() throws Exception {
			return mvc.get().uri("/admin/jobs").with(user("admin").roles("ADMIN")).exchange().getResponse().getContentAsString();
		}

	}

	@Nested
	@SpringBootTest(properties = { "finseg.datagen.allow-non-empty=true", "finseg.segment-index.enabled=false" })
	@AutoConfigureMockMvc
	@UsesH2
	class SwitchedOff extends WithoutIndex {

		@Test
		void countsBySqlBuildsNothingAndSaysSo() throws Exception {
			countsComeFromSql();
			assertThat(jobs.latestOfType(IndexBuilds.JOB_TYPE.name())).isEmpty();
			assertThat(jobsPage()).contains("Segment index", "Switched off (finseg.segment-index.enabled=false)");
		}

	}

	@Nested
	@SpringBootTest(properties = { "finseg.datagen.allow-non-empty=true",
			"finseg.segment-index.bytes-per-customer=1000000000000" })
	@AutoConfigureMockMvc
	@UsesH2
	class TooBigForTheHeap extends WithoutIndex {

		@Test
		void countsBySqlAndSaysWhyOnTheJobsPage() throws Exception {
			countsComeFromSql();
			assertThat(jobsPage()).contains("Not built:", "more than the", "give FinSeg more heap (-Xmx)");
		}

	}

}
