package io.finseg.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.support.UsesH2;

/** A fresh database without segments or campaigns: the dashboard says what to do first, to those who can. */
@SpringBootTest(properties = "finseg.test.context=dashboard-empty")
@AutoConfigureMockMvc
@UsesH2
class DashboardEmptyTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void invitesAMarketerToBuildTheFirstSegmentAndTellsAnAnalystWhoBuildsThem() {
		assertThat(mvc.get().uri("/").with(user("m").roles("MARKETER"))).hasStatusOk().bodyText()
			.contains("No segments yet — build your first segment", "href=\"/segments/new\"", "No campaigns yet")
			.doesNotContain("id=\"largest-segments\"", "dash-sizes-data", "chart.umd.js", "href=\"/campaigns/new\"");
		assertThat(mvc.get().uri("/").with(user("a").roles("ANALYST"))).hasStatusOk().bodyText()
			.contains("No segments yet — build your first segment", "Marketers build segments")
			.doesNotContain("/segments/new");
	}

}
