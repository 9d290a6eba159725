package io.finseg.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentService;

/** What the home dashboard shows, checked against the segment engine and plain SQL, on every database. */
abstract class DashboardContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static final Pattern SEGMENT_ROW = Pattern.compile(
			"<a href=\"/segments/(\\d+)\">[^<]*</a></td>\\s*<td class=\"num\">([\\d,]+)</td>\\s*<td class=\"num\"><span>([\\d,]+)</span>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SegmentService segments;

	@Autowired
	CampaignService campaigns;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@BeforeEach
	void customersWithCurrentFeatures() throws Exception {
		if (features.current().customers() < 200) {
			generator.generate(new GenerationRequest(300, 23, AS_OF), GenerationProgress.NONE);
		}
		segments.create(unique("Adults"), null, Purpose.GENERAL, "mia",
				new RuleNode.Condition("age", Operator.GE, List.of("18")));
		segments.create(unique("Over fifty"), null, Purpose.GENERAL, "mia",
				new RuleNode.Condition("age", Operator.GE, List.of("50")));
		rebuild();
	}

	@Test
	void showsTheLargestSegmentsInOrderWithTheSizesTheSegmentEngineCounts() {
		List<SegmentRow> shown = largestSegments(page("MARKETER"));

		assertThat(shown).isNotEmpty().hasSizeLessThanOrEqualTo(Dashboard.LARGEST_SEGMENTS);
		assertThat(shown).isEqualTo(engineLargest());
	}

	@Test
	void showsTheConsentShareOfAllCustomersAsTheComplianceTableSaysIt() {
		String page = page("ANALYST");

		Map<String, Long> expected = consentByStatus();
		assertThat(expected.get("CONSENTED")).isPositive();
		assertThat(expected.get("REFUSED")).isPositive();
		long all = expected.values().stream().mapToLong(Long::longValue).sum();
		assertThat(all).isEqualTo(features.current().customers());
		// one decimal, rounded half to even as the page's number format does (9.25 % shows as 9.2 %)
		java.text.DecimalFormat share = new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(Locale.UK));
		expected.forEach((status, n) -> assertThat(between(page, "id=\"consent-" + status + "\"", "</li>"))
			.as(status).contains(String.format(Locale.UK, "%,d (%s%%)", n, share.format(100.0 * n / all))));
	}

	@Test
	void listsARecentCampaignWithALinkToIt() {
		Segment adults = segments.all().stream().filter(s -> s.name().startsWith("Adults ")).findFirst().orElseThrow();
		String name = unique("Autumn savings");
		long id = campaigns.create(new CampaignForm(name, adults.id(), Channel.EMAIL, Purpose.GENERAL,
				List.of(ExportField.CUSTOMER_ID, ExportField.EMAIL), 10), "mia");

		String recent = between(page("ANALYST"), "id=\"recent-campaigns\"", "</table>");

		assertThat(recent).contains("href=\"/campaigns/" + id + "\">" + name + "<", "Draft", "Email");
	}

	@Test
	void keepsItsNumbersUntilTheFeaturesAreRebuilt() throws Exception {
		String before = page("MARKETER");
		List<SegmentRow> largestBefore = largestSegments(before);
		long largestId = largestBefore.get(0).id();
		long member = segments.members(segments.get(largestId).rule(), largestId, 0, 1).get(0);
		long newCustomer = addConsentingCustomer();
		copyFeatureRow(member, newCustomer);

		String unchanged = page("MARKETER");

		assertThat(largestSegments(unchanged)).isEqualTo(largestBefore);
		assertThat(between(unchanged, "id=\"customer-count\"", "</span>")).isEqualTo(between(before, "id=\"customer-count\"", "</span>"));
		assertThat(between(unchanged, "id=\"consent-share\"", "</ul>")).isEqualTo(between(before, "id=\"consent-share\"", "</ul>"));

		rebuild();
		String rebuilt = page("MARKETER");

		assertThat(between(rebuilt, "id=\"customer-count\"", "</span>"))
			.endsWith(String.format(Locale.UK, ">%,d", features.current().customers()));
		assertThat(between(rebuilt, "id=\"customer-count\"", "</span>")).isNotEqualTo(between(before, "id=\"customer-count\"", "</span>"));
		assertThat(between(rebuilt, "id=\"consent-CONSENTED\"", "</li>"))
			.contains(String.format(Locale.UK, "%,d (", consentByStatus().get("CONSENTED")));
		assertThat(largestSegments(rebuilt)).isEqualTo(engineLargest());
	}

	@Test
	void showsRunningJobsAndTableCountsOnlyToAdministrators() {
		assertThat(page("ADMIN")).contains("id=\"dash-jobs\"", "href=\"/admin/jobs\"", "id=\"count-customer\"",
				"/admin/features/rebuild");
		assertThat(page("ANALYST")).doesNotContain("id=\"dash-jobs\"", "id=\"count-customer\"", "/admin/features/rebuild");
	}

	private String page(String level) {
		MvcTestResult result = mvc.get().uri("/").with(user("someone").roles(level)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	private List<SegmentRow> largestSegments(String page) {
		Matcher row = SEGMENT_ROW.matcher(between(page, "id=\"largest-segments\"", "</table>"));
		List<SegmentRow> rows = new ArrayList<>();
		while (row.find()) {
			rows.add(new SegmentRow(Long.parseLong(row.group(1)), Long.parseLong(row.group(2).replace(",", "")),
					Long.parseLong(row.group(3).replace(",", ""))));
		}
		return rows;
	}

	/** Every countable segment counted by the engine now, largest first (equal sizes by name). */
	private List<SegmentRow> engineLargest() {
		record Counted(Segment segment, SegmentRow row) {
		}
		List<Counted> counted = new ArrayList<>();
		for (Segment segment : segments.all()) {
			try {
				var count = segments.count(segment.rule(), segment.id());
				counted.add(new Counted(segment, new SegmentRow(segment.id(), count.customers(), count.email())));
			}
			catch (RuntimeException unusable) {
				// a rule that no longer compiles has no size, here as on the dashboard
			}
		}
		return counted.stream()
			.sorted(Comparator.comparing((Counted c) -> c.row().customers()).reversed()
				.thenComparing(c -> c.segment().name()))
			.limit(Dashboard.LARGEST_SEGMENTS)
			.map(Counted::row)
			.toList();
	}

	/** Consent status per customer, written out from docs/consent.md rather than taken from the consent room. */
	private Map<String, Long> consentByStatus() {
		Map<String, Long> byStatus = new LinkedHashMap<>();
		String from = "FROM customer c LEFT JOIN compliance cp ON cp.customer_id = c.customer_id WHERE ";
		byStatus.put("CONSENTED", count(from + "cp.consent_given = TRUE AND cp.do_not_contact = FALSE AND cp.regulatory_requirements_met = TRUE"));
		byStatus.put("REFUSED", count(from + "(cp.consent_given = FALSE OR cp.do_not_contact = TRUE)"));
		byStatus.put("UNKNOWN", count(from + "cp.customer_id IS NULL"));
		byStatus.put("REQUIREMENTS_NOT_MET", count(from
				+ "cp.consent_given = TRUE AND cp.do_not_contact = FALSE AND cp.regulatory_requirements_met = FALSE"));
		return byStatus;
	}

	private long count(String sql) {
		return jdbc.sql("SELECT COUNT(*) " + sql).query(Long.class).single();
	}

	/** A customer written straight into the tables, as an import or another tool might, without a rebuild. */
	private long addConsentingCustomer() {
		long id = jdbc.sql("SELECT MAX(customer_id) FROM customer").query(Long.class).single() + 1;
		jdbc.sql("INSERT INTO customer (customer_id, name, date_of_birth) VALUES (:id, 'Added Directly', :dob)")
			.param("id", id).param("dob", LocalDate.of(1985, 3, 14)).update();
		long complianceId = jdbc.sql("SELECT COALESCE(MAX(compliance_id), 0) FROM compliance").query(Long.class).single() + 1;
		jdbc.sql("""
				INSERT INTO compliance (compliance_id, customer_id, consent_given, regulatory_requirements_met, email_opt_in,
				  sms_opt_in, phone_opt_in, post_opt_in, do_not_contact, updated_at)
				VALUES (:cid, :id, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, FALSE, :at)""")
			.param("cid", complianceId).param("id", id).param("at", LocalDateTime.of(2026, 6, 1, 9, 0)).update();
		return id;
	}

	/** A features row that a dashboard counting live would see at once: a copy of a member of the largest segment. */
	private void copyFeatureRow(long fromCustomer, long toCustomer) {
		String table = features.current().table().tableName();
		Map<String, Object> row = new LinkedHashMap<>(
				template.queryForMap("SELECT * FROM " + table + " WHERE customer_id = ?", fromCustomer));
		row.replaceAll((column, value) -> column.equalsIgnoreCase("customer_id") ? toCustomer : value);
		String columns = String.join(", ", row.keySet());
		String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
		template.update("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
	}

	private void rebuild() throws InterruptedException {
		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as("%s on the page", start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

	private static String unique(String name) {
		return name + " " + System.nanoTime() % 1_000_000_000;
	}

	record SegmentRow(long id, long customers, long email) {
	}

}
