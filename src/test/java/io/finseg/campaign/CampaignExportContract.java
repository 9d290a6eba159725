package io.finseg.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.consent.Channel;
import io.finseg.consent.Suppression;
import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/** Campaign freeze and export: who is exported, what the file holds and what is recorded. */
abstract class CampaignExportContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	CampaignExporter exporter;

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
			generator.generate(new GenerationRequest(400, 21, AS_OF), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		}
		segmentId = segments.create("Adults " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("age", Operator.GE, List.of("25")));
	}

	long frozenCampaign(Channel channel, List<ExportField> fields, int holdout) {
		long id = campaigns.create(new CampaignForm("Campaign " + System.nanoTime(), segmentId, channel, Purpose.GENERAL,
				fields, holdout), "marketer");
		campaigns.freeze(id, campaigns.get(id).version(), "marketer");
		return id;
	}

	String export(long id) throws Exception {
		MvcTestResult result = mvc.get().uri("/campaigns/" + id + "/export.csv").with(user("marketer").roles("MARKETER"))
			.exchange(Duration.ofSeconds(60));
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The test's own answer: frozen target members whose consent record allows email now. */
	Set<String> expectedEmailRecipients(long campaignId) {
		Map<Long, Boolean> holdout = new HashMap<>();
		jdbc.sql("SELECT customer_id, holdout FROM campaign_member WHERE campaign_id = :id").param("id", campaignId)
			.query(rs -> {
				holdout.put(rs.getLong(1), rs.getBoolean(2));
			});
		Set<String> expected = new HashSet<>();
		jdbc.sql("SELECT customer_id, consent_given, email_opt_in, do_not_contact, regulatory_requirements_met FROM compliance")
			.query(rs -> {
				long customer = rs.getLong(1);
				boolean contactable = rs.getBoolean(2) && rs.getBoolean(3) && !rs.getBoolean(4) && rs.getBoolean(5);
				if (contactable && Boolean.FALSE.equals(holdout.get(customer))) {
					expected.add(Long.toString(customer));
				}
			});
		return expected;
	}

	static List<CSVRecord> records(String csv) throws IOException {
		return CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
			.getRecords();
	}

	@Test
	void exportsExactlyTheContactableTargetMembersAlsoAfterConsentIsWithdrawn() throws Exception {
		long id = frozenCampaign(Channel.EMAIL, List.of(ExportField.CUSTOMER_ID, ExportField.NAME, ExportField.EMAIL), 10);
		String first = export(id);
		Set<String> exported = new HashSet<>(records(first).stream().map(r -> r.get("customer_id")).toList());
		assertThat(exported).isNotEmpty().isEqualTo(expectedEmailRecipients(id));

		List<Long> reached = exported.stream().map(Long::valueOf).sorted().limit(8).toList();
		jdbc.sql("UPDATE compliance SET consent_given = FALSE WHERE customer_id IN (:ids)").param("ids", reached.subList(0, 5)).update();
		jdbc.sql("UPDATE compliance SET do_not_contact = TRUE WHERE customer_id IN (:ids)").param("ids", reached.subList(5, 8)).update();

		Audience audience = campaigns.audience(id);
		assertThat(audience.newlySuppressed()).containsEntry(Suppression.NO_CONSENT, 5L).containsEntry(Suppression.DO_NOT_CONTACT, 3L);
		Set<String> second = new HashSet<>(records(export(id)).stream().map(r -> r.get("customer_id")).toList());
		assertThat(second).isEqualTo(expectedEmailRecipients(id)).hasSize(exported.size() - 8);
		assertThat(second).doesNotContainAnyElementsOf(reached.stream().map(String::valueOf).toList());
		assertThat(audience.exportable()).isEqualTo(second.size());
	}

	@Test
	void drawsTheHoldoutReproduciblyFromTheStoredSeed() {
		long id = frozenCampaign(Channel.EMAIL, List.of(ExportField.CUSTOMER_ID), 10);
		long seed = campaigns.get(id).holdoutSeed();
		List<Map<String, Object>> members = jdbc.sql("SELECT customer_id, holdout FROM campaign_member WHERE campaign_id = :id")
			.param("id", id).query().listOfRows();
		long held = 0;
		for (Map<String, Object> member : members) {
			long customer = ((Number) value(member, "customer_id")).longValue();
			boolean expected = Math.floorDiv(Math.floorMod(customer * 2654435761L + seed, 4294967296L), 42949673L) < 10;
			assertThat(value(member, "holdout")).as("holdout of %d", customer).isEqualTo(expected);
			held += expected ? 1 : 0;
		}
		assertThat(members).hasSizeGreaterThan(200);
		assertThat((double) held / members.size()).isBetween(0.04, 0.18);
	}

	@Test
	void writesOnlyTheChosenFieldsNeutralisesFormulasAndRecordsTheChecksum() throws Exception {
		long id = frozenCampaign(Channel.SMS, List.of(ExportField.CUSTOMER_ID, ExportField.NAME, ExportField.PHONE), 0);
		List<Long> reached = new java.util.ArrayList<>(expectedSmsRecipients(id));
		assertThat(reached).hasSizeGreaterThan(6);
		List<String> hostile = List.of("=HYPERLINK(\"http://x\")", "+SUM(1)", "-2+3", "@cmd", "\tTabbed", "\rReturn");
		for (int i = 0; i < hostile.size(); i++) {
			jdbc.sql("UPDATE customer SET name = :name, phone = '+447700900123' WHERE customer_id = :id")
				.param("name", hostile.get(i)).param("id", reached.get(i)).update();
		}
		String csv = export(id);

		assertThat(csv).startsWith("customer_id,name,phone\r\n");
		assertThat(csv).doesNotContain("identification", "date_of_birth", "@example");
		Map<String, CSVRecord> byId = new HashMap<>();
		records(csv).forEach(r -> byId.put(r.get("customer_id"), r));
		for (int i = 0; i < hostile.size(); i++) {
			CSVRecord row = byId.get(reached.get(i).toString());
			assertThat(row.get("name")).isEqualTo("'" + hostile.get(i));
			assertThat(row.get("phone")).isEqualTo("+447700900123");
		}
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv.getBytes(StandardCharsets.UTF_8)));
		Map<String, Object> record = jdbc.sql("SELECT status, row_count, sha256 FROM campaign_export WHERE campaign_id = :id")
			.param("id", id).query().singleRow();
		assertThat(value(record, "status")).isEqualTo("COMPLETED");
		assertThat(value(record, "sha256")).isEqualTo(sha);
		assertThat(((Number) value(record, "row_count")).longValue()).isEqualTo(byId.size());
		String details = jdbc.sql("SELECT details FROM audit_log WHERE action = 'CAMPAIGN_EXPORTED' AND target_id = :id")
			.param("id", Long.toString(id)).query(String.class).single();
		assertThat(details).contains("sha256=" + sha, "rows=" + byId.size(), "fields=CUSTOMER_ID,NAME,PHONE");
	}

	@Test
	void recordsAnExportCutOffHalfWayAsBrokenOffNeverAsComplete() {
		long id = frozenCampaign(Channel.EMAIL, List.of(ExportField.CUSTOMER_ID, ExportField.EMAIL), 0);
		OutputStream cutOff = new OutputStream() {
			int written;

			@Override
			public void write(int b) throws IOException {
				if (++written > 100) {
					throw new IOException("The browser went away");
				}
			}
		};
		assertThatThrownBy(() -> exporter.write(campaigns.get(id), cutOff, "marketer", "127.0.0.1")).isInstanceOf(IOException.class);

		assertThat(jdbc.sql("SELECT status FROM campaign_export WHERE campaign_id = :id").param("id", id).query(String.class).single())
			.isEqualTo("BROKEN_OFF");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'CAMPAIGN_EXPORTED' AND target_id = :id")
			.param("id", Long.toString(id)).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'CAMPAIGN_EXPORT_BROKEN_OFF' AND target_id = :id")
			.param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesFieldsTheChannelDoesNotNeedAndExportsOfADraft() throws Exception {
		assertThatThrownBy(() -> campaigns.create(new CampaignForm("Nosy " + System.nanoTime(), segmentId, Channel.EMAIL,
				Purpose.GENERAL, List.of(ExportField.NAME, ExportField.PHONE), 0), "marketer"))
			.isInstanceOfSatisfying(CampaignException.class,
					e -> assertThat(e.messageKey()).isEqualTo("campaign.problem.fieldNotAllowed"));
		long draft = campaigns.create(new CampaignForm("Draft " + System.nanoTime(), segmentId, Channel.EMAIL, Purpose.GENERAL,
				List.of(ExportField.EMAIL), 0), "marketer");
		MvcTestResult result = mvc.get().uri("/campaigns/" + draft + "/export.csv").with(user("marketer").roles("MARKETER")).exchange();
		assertThat(result).hasStatus(409);
		assertThat(result.getResponse().getContentAsString()).contains("Freeze the campaign's audience before exporting it.");
	}

	@Test
	void keepsTheSegmentOfACampaignFromBeingDeleted() throws Exception {
		long id = frozenCampaign(Channel.EMAIL, List.of(ExportField.CUSTOMER_ID), 0);
		String page = mvc.get().uri("/segments/" + segmentId + "/delete").with(user("marketer").roles("MARKETER")).exchange()
			.getResponse().getContentAsString();
		assertThat(page).contains("Campaign &quot;" + campaigns.get(id).name() + "&quot;", "/campaigns/" + id);
		assertThat(segments.get(segmentId)).isNotNull();
	}

	Set<Long> expectedSmsRecipients(long campaignId) {
		return new HashSet<>(jdbc.sql("""
				SELECT m.customer_id FROM campaign_member m JOIN compliance cp ON cp.customer_id = m.customer_id
				WHERE m.campaign_id = :id AND m.holdout = FALSE AND cp.consent_given = TRUE AND cp.sms_opt_in = TRUE
				  AND cp.do_not_contact = FALSE AND cp.regulatory_requirements_met = TRUE""")
			.param("id", campaignId).query(Long.class).list());
	}

	/** H2 names columns in capitals, MariaDB as written. */
	static Object value(Map<String, Object> row, String column) {
		return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
	}

}
