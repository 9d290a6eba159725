package io.finseg.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.customer.CustomerTable;
import io.finseg.customer.CustomerTableCounts;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Job;
import io.finseg.jobs.Jobs;
import io.finseg.support.UsesH2;

/** A first start on the embedded database, as `./mvnw spring-boot:run` does it. */
@SpringBootTest(properties = { "finseg.demo-data=auto", "finseg.features.rebuild-on-data-change=true" })
@AutoConfigureMockMvc
@UsesH2
class DemoDataH2Test {

	@Autowired
	DataGenerationJobs generation;

	@Autowired
	Jobs jobs;

	@Autowired
	CustomerTableCounts counts;

	@Autowired
	FeatureService features;

	@Autowired
	MockMvcTester mvc;

	@Test
	void fillsAllNineTablesWithAboutFiveThousandCustomersInTheBackground() throws Exception {
		Job job = generation.latest().orElseThrow(() -> new AssertionError("no demo generation started"));
		assertThat(mvc.get().uri("/").with(user("ann").roles("ANALYST"))).as("usable at once").hasStatusOk();

		assertThat(jobs.awaitEnd(job.id(), Duration.ofSeconds(60)).status().name()).isEqualTo("SUCCEEDED");
		Map<CustomerTable, Long> rows = counts.counts();
		assertThat(rows.get(CustomerTable.CUSTOMER)).isEqualTo(DemoData.CUSTOMERS);
		assertThat(rows).allSatisfy((table, count) -> assertThat(count).as(table.name()).isPositive());

		long rebuild = features.startRebuild("test");
		jobs.awaitEnd(rebuild, Duration.ofSeconds(60));
		assertThat(features.current().customers()).isEqualTo(DemoData.CUSTOMERS);
		assertThat(mvc.get().uri("/").with(user("ann").roles("ANALYST"))).bodyText()
			.contains("id=\"customer-count\">5,000<").doesNotContain("being generated");
	}

}
