package io.finseg.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.campaign.CampaignForm;
import io.finseg.campaign.CampaignService;
import io.finseg.campaign.ExportField;
import io.finseg.consent.Channel;
import io.finseg.customer.CustomerErasure;
import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/**
 * The right to erasure: afterwards no table holds the customer's personal data, no export names
 * them, their page is gone, and the audit log keeps only their id.
 */
abstract class ErasureContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CustomerErasure erasure;

	@Autowired
	CampaignService campaigns;

	@Autowired
	SegmentService segments;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	long campaignId;

	@BeforeEach
	void customersInAFrozenCampaign() throws Exception {
		if (features.current().customers() < 300) {
			generator.generate(new GenerationRequest(400, 31, AS_OF), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		}
		long segmentId = segments.create("Erasure adults " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("age", Operator.GE, List.of("25")));
		campaignId = campaigns.create(new CampaignForm("Erasure campaign " + System.nanoTime(), segmentId, Channel.EMAIL,
				Purpose.GENERAL, List.of(ExportField.CUSTOMER_ID, ExportField.NAME, ExportField.EMAIL), 0), "marketer");
		campaigns.freeze(campaignId, campaigns.get(campaignId).version(), "marketer");
	}

	/** A customer the export reaches, with every kind of row: accounts, relatives, contacts. */
	Person exportedCustomerWithEverything() throws Exception {
		String csv = export();
		long id = jdbc.sql("""
				SELECT c.customer_id FROM customer c JOIN campaign_member m ON m.customer_id = c.customer_id
				WHERE m.campaign_id = :campaign AND c.email IS NOT NULL AND c.phone IS NOT NULL
				  AND c.identification_number IS NOT NULL
				  AND EXISTS (SELECT 1 FROM account a JOIN transactions t ON t.account_id = a.account_id WHERE a.customer_id = c.customer_id)
				  AND EXISTS (SELECT 1 FROM relationships r WHERE r.customer1_id = c.customer_id OR r.customer2_id = c.customer_id)
				  AND EXISTS (SELECT 1 FROM communication_log l WHERE l.customer_id = c.customer_id)
				ORDER BY c.customer_id""")
			.param("campaign", campaignId).query(Long.class).list().stream()
			.filter(candidate -> csv.contains("\n" + candidate + ","))
			.findFirst().orElseThrow();
		return jdbc.sql("SELECT customer_id, name, email, phone, identification_number FROM customer WHERE customer_id = :id")
			.param("id", id)
			.query((rs, row) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.single();
	}

	String export() throws Exception {
		MvcTestResult result = mvc.get().uri("/campaigns/" + campaignId + "/export.csv")
			.with(user("marketer").roles("MARKETER")).exchange(Duration.ofSeconds(60));
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	MvcTestResult erase(long id, String typed) {
		return mvc.post().uri("/admin/customers/" + id + "/erase").param("confirmation", typed)
			.with(user("admin").roles("ADMIN")).with(csrf()).exchange();
	}

	/** The customer in a finished clustering run, as the clustering room stores assignments. */
	void assignedToACluster(long customerId) {
		long run = java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000_000);
		jdbc.sql("""
				INSERT INTO cluster_run (id, algorithm, cluster_count, features, sample_size, seed, max_iterations, status,
				  trained_on_protected, created_by, created_at, version)
				VALUES (:id, 'KMEANS', 2, 'income', 1000, 7, 100, 'COMPLETED', FALSE, 'tester', :at, 0)""")
			.param("id", run).param("at", LocalDateTime.of(2026, 7, 1, 9, 0)).update();
		jdbc.sql("INSERT INTO cluster_assignment (run_id, customer_id, cluster_number) VALUES (:run, :customer, 1)")
			.param("run", run).param("customer", customerId).update();
	}

	/** A rejected upload whose problem quotes the customer's email, as a bad re-upload would. */
	void importProblemQuoting(String value) {
		jdbc.sql("""
				INSERT INTO data_import (status, file_names, created_by, created_at)
				VALUES ('REJECTED', 'customer.csv', 'admin', :at)""").param("at", LocalDateTime.of(2026, 7, 1, 9, 0)).update();
		long importId = jdbc.sql("SELECT MAX(id) FROM data_import").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO data_import_problem (import_id, file_name, line_number, column_name, message_key, message_args)
				VALUES (:import, 'customer.csv', 7, 'email', 'import.value.tooLong', :args)""")
			.param("import", importId).param("args", value + "\u001f100").update();
	}

	@Test
	void leavesNoPersonalDataInAnyTableAndOnlyTheBareIdInTheAuditLog() throws Exception {
		Person person = exportedCustomerWithEverything();
		importProblemQuoting(person.email());
		assignedToACluster(person.id());
		assertThat(mvc.get().uri("/customers/" + person.id()).with(user("marketer").roles("MARKETER"))).hasStatusOk();
		PersonalDataSearch search = new PersonalDataSearch(dataSource, jdbc);
		assertThat(search.whereTextOccurs(person.email())).contains("customer.email", "data_import_problem.message_args");
		assertThat(search.whereCustomerIdOccurs(person.id()))
			.contains("customer.customer_id", "campaign_member.customer_id", "cluster_assignment.customer_id",
					features.current().table().tableName() + ".customer_id");
		long accounts = count("SELECT COUNT(*) FROM account WHERE customer_id = :id", person.id());
		long snapshots = count("SELECT COUNT(*) FROM campaign_member WHERE customer_id = :id", person.id());
		long assignments = count("SELECT COUNT(*) FROM cluster_assignment WHERE customer_id = :id", person.id());

		MvcTestResult result = erase(person.id(), " " + person.id() + " ");

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/customers");
		assertThat(result.getMvcResult().getFlashMap().get("flashSuccess")).isEqualTo("erasure.done");
		for (String value : List.of(person.name(), person.email(), person.phone(), person.identificationNumber())) {
			assertThat(search.whereTextOccurs(value)).as("columns holding " + value).isEmpty();
		}
		assertThat(search.whereCustomerIdOccurs(person.id())).isEmpty();
		assertThat(jdbc.sql("SELECT message_args FROM data_import_problem ORDER BY id DESC LIMIT 1").query(String.class)
			.single()).startsWith("[erased]");

		List<Map<String, Object>> audit = jdbc.sql("""
				SELECT action, target_id, details FROM audit_log WHERE target_type = 'CUSTOMER' AND target_id = :id ORDER BY id""")
			.param("id", Long.toString(person.id())).query().listOfRows();
		assertThat(audit).extracting(row -> row.get("action").toString())
			.containsExactly("CUSTOMER_PROFILE_VIEWED", "CUSTOMER_ERASED");
		String details = audit.get(1).get("details").toString();
		assertThat(details).matches("[a-z_]+=\\d+(, [a-z_]+=\\d+)*")
			.contains("customer=1", "account=" + accounts, "campaign_member=" + snapshots, "data_import_problem_anonymised=1",
					"cluster_assignment=" + assignments);
		long total = java.util.Arrays.stream(details.split(", ")).mapToLong(pair -> Long.parseLong(pair.split("=")[1])).sum();
		assertThat((Object[]) result.getMvcResult().getFlashMap().get("flashArgs")).containsExactly(Long.toString(person.id()), total);
	}

	@Test
	void noLongerExportsNorShowsTheCustomer() throws Exception {
		Person person = exportedCustomerWithEverything();
		long exportedBefore = export().lines().count();

		assertThat(erase(person.id(), Long.toString(person.id()))).hasStatus3xxRedirection();

		String csv = export();
		assertThat(csv.lines().count()).isEqualTo(exportedBefore - 1);
		assertThat(csv).doesNotContain("\n" + person.id() + ",", person.name(), person.email());
		assertThat(mvc.get().uri("/customers/" + person.id()).with(user("marketer").roles("MARKETER"))).hasStatus(404);
		assertThat(mvc.get().uri("/admin/customers/" + person.id() + "/erase").with(user("admin").roles("ADMIN")))
			.hasStatus(404);
		assertThat(erase(person.id(), Long.toString(person.id()))).hasStatus(404);
	}

	@Test
	void showsWhatWillBeRemovedAndAsksForTheId() throws Exception {
		Person person = exportedCustomerWithEverything();
		String campaignName = campaigns.get(campaignId).name();
		assertThat(mvc.get().uri("/customers/" + person.id()).with(user("admin").roles("ADMIN"))).bodyText()
			.contains("/admin/customers/" + person.id() + "/erase", "Erase this customer");
		assertThat(mvc.get().uri("/customers/" + person.id()).with(user("marketer").roles("MARKETER"))).bodyText()
			.doesNotContain("/erase", "Erase this customer");

		MvcTestResult page = mvc.get().uri("/admin/customers/" + person.id() + "/erase").with(user("admin").roles("ADMIN"))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Erase " + person.name() + " (customer " + person.id() + ")?", "This cannot be undone",
					"Transactions on their accounts", "customer_features_a", "customer_features_b",
					campaignName + ": frozen, in the target group, exported once", "To confirm, type the customer id "
							+ person.id(), "name=\"confirmation\"")
			.doesNotContain(person.identificationNumber());
	}

	@Test
	void erasesNothingWhenTheTypedIdIsWrong() throws Exception {
		Person person = exportedCustomerWithEverything();

		MvcTestResult result = erase(person.id(), Long.toString(person.id() + 1));

		assertThat(result).hasStatus(422);
		assertThat(result).bodyText().contains("You typed &quot;" + (person.id() + 1) + "&quot;, which is not the customer id "
				+ person.id() + ". Nothing was erased.");
		assertThat(erase(person.id(), "")).hasStatus(422);
		assertThat(count("SELECT COUNT(*) FROM customer WHERE customer_id = :id", person.id())).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM campaign_member WHERE customer_id = :id AND campaign_id = " + campaignId,
				person.id())).isEqualTo(1);
	}

	@Test
	void answersAnUnknownCustomerWithNotFound() {
		assertThat(mvc.get().uri("/admin/customers/987654321/erase").with(user("admin").roles("ADMIN"))).hasStatus(404);
		assertThat(erase(987654321, "987654321")).hasStatus(404);
	}

	@Test
	void erasesAllOrNothing() throws Exception {
		Person person = exportedCustomerWithEverything();
		PersonalDataSearch search = new PersonalDataSearch(dataSource, jdbc);
		List<String> holding = search.whereCustomerIdOccurs(person.id());
		FailingErasureListener.failFor = person.id();
		try {
			assertThatThrownBy(() -> erasure.erase(person.id())).hasMessageContaining("on purpose");
		}
		finally {
			FailingErasureListener.failFor = -1;
		}
		assertThat(search.whereCustomerIdOccurs(person.id())).isEqualTo(holding);
		assertThat(search.whereTextOccurs(person.email())).contains("customer.email");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'CUSTOMER_ERASED' AND target_id = :id")
			.param("id", Long.toString(person.id())).query(Long.class).single()).isZero();
	}

	long count(String sql, long id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	record Person(long id, String name, String email, String phone, String identificationNumber) {
	}

}
