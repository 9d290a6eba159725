package io.finseg.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;
import io.finseg.support.UsesH2;

/** The new-campaign form refuses bad input in words next to the field, on the page, never as a 400. */
@SpringBootTest
@AutoConfigureMockMvc
@UsesH2
class CampaignFormH2Test {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SegmentService segments;

	long segmentId;

	@BeforeEach
	void aSegment() {
		segmentId = segments.create("Form check " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("age", Operator.GE, List.of("30")));
	}

	/** A good form for the segment with the given name, but for what {@code changed} names and its values. */
	MockMvcRequestBuilder post(String name, String changed, String... values) {
		Map<String, String[]> form = new LinkedHashMap<>();
		form.put("name", new String[] { name });
		form.put("segmentId", new String[] { Long.toString(segmentId) });
		form.put("channel", new String[] { "EMAIL" });
		form.put("purpose", new String[] { "GENERAL" });
		form.put("fields", new String[] { "CUSTOMER_ID", "EMAIL" });
		form.put("holdoutPercent", new String[] { "10" });
		if (changed != null) {
			form.put(changed, values);
		}
		MockMvcRequestBuilder request = mvc.post().uri("/campaigns").with(user("marketer").roles("MARKETER")).with(csrf());
		form.forEach(request::param);
		return request;
	}

	static String page(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	@Test
	void showsAMissingNameNextToTheNameField() throws Exception {
		String page = page(post(" ", null).exchange());
		assertThat(page).contains("Please correct the fields marked below.", "id=\"name-error\"", "Give the campaign a name.");
	}

	@Test
	void showsAHoldoutThatIsNoNumberAndKeepsWhatWasTyped() throws Exception {
		String page = page(post("Holdout " + System.nanoTime(), "holdoutPercent", "ten").exchange());
		assertThat(page).contains("id=\"holdoutPercent-error\"", "The holdout is a whole number from 0 to 50 %.",
				"value=\"ten\"");
	}

	@Test
	void showsAnUnknownChannelAndAFieldTheChannelDoesNotNeed() throws Exception {
		assertThat(page(post("Channel " + System.nanoTime(), "channel", "PIGEON").exchange()))
			.contains("id=\"channel-error\"", "Choose a channel and a purpose.");
		assertThat(page(post("Purpose " + System.nanoTime(), "purpose", "GOSSIP").exchange()))
			.contains("id=\"purpose-error\"", "Choose a channel and a purpose.");
		assertThat(page(post("Fields " + System.nanoTime(), "fields", "NAME", "PHONE").exchange()))
			.contains("id=\"fields-error\"", "may not be exported for Email");
	}

	@Test
	void showsAMissingSegmentAndIgnoresUnknownFields() throws Exception {
		assertThat(page(post("Segment " + System.nanoTime(), "segmentId", "x").exchange()))
			.contains("id=\"segmentId-error\"", "Choose the segment the campaign is for.");
		assertThat(page(post("Unknown " + System.nanoTime(), "fields", "SHOE_SIZE").exchange()))
			.contains("id=\"fields-error\"", "Choose at least one field to export.");
	}

	@Test
	void createsTheCampaignAndRedirectsToIt() {
		assertThat(post("Good " + System.nanoTime(), null).exchange()).hasStatus3xxRedirection()
			.redirectedUrl().startsWith("/campaigns/");
	}

}
