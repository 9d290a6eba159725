package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.support.UsesH2;

/** A fresh database without segments: the list leads to the builder, for those who may build. */
@SpringBootTest(properties = "finseg.test.context=segment-list-empty")
@AutoConfigureMockMvc
@UsesH2
class SegmentListEmptyTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void invitesAMarketerToBuildTheFirstSegmentAndTellsAnAnalystThereIsNone() {
		assertThat(mvc.get().uri("/segments").with(user("m").roles("MARKETER"))).hasStatusOk().bodyText()
			.contains("No segments yet — build your first segment", "href=\"/segments/new\"")
			.doesNotContain("id=\"segments\"", "sizes-data");
		assertThat(mvc.get().uri("/segments").with(user("a").roles("ANALYST"))).hasStatusOk().bodyText()
			.contains("No segments yet — build your first segment")
			.doesNotContain("/segments/new");
	}

}
