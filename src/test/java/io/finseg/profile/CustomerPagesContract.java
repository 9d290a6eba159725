package io.finseg.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.features.CustomerRow;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;

/** The customer list and profile, per access level, on every database. */
abstract class CustomerPagesContract {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CustomerList list;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	int base;

	String town;

	@BeforeEach
	void customers() throws InterruptedException {
		base = ThreadLocalRandom.current().nextInt(1, 100_000) * 1000 + 1_500_000_000;
		town = "Pagetown" + base;
		insert(base, "Zebulon Quartermaine", "zq" + base + "@example.test", "+447700123456", "7 Unusual Lane",
				"QQ123456C", LocalDate.of(1977, 7, 13), town);
		insert(base + 1, "Zelda Quartermaine", "zelda" + base + "@example.test", null, null, null, null, town);
		jdbc.sql("INSERT INTO relationships (relationship_id, customer1_id, customer2_id, relationship_type) VALUES (:id, :a, :b, 'SPOUSE')")
			.param("id", base).param("a", base).param("b", base + 1).update();
		jdbc.sql("INSERT INTO relationships (relationship_id, customer1_id, customer2_id, relationship_type) VALUES (:id, :a, :b, 'JOINT_ACCOUNT_HOLDER')")
			.param("id", base + 1).param("a", base + 1).param("b", base).update();
		jdbc.sql("INSERT INTO account (account_id, customer_id, account_type, balance, status) VALUES (:id, :id, 'SAVINGS', 2500.00, 'ACTIVE')")
			.param("id", base).update();
		for (int i = 2; i < 139; i++) {
			insert(base + i, (i % 3 == 0 ? "smith " : "Smith ") + (char) ('a' + i % 26) + " " + i, null, null, null, null,
					null, town);
		}
		insert(base + 200, "100% Fit Ltd " + base, null, null, null, null, null, "Elsewhere");
		insert(base + 201, "100X Fit Ltd " + base, null, null, null, null, null, "Elsewhere");
		insert(base + 202, "A_B " + base, null, null, null, null, null, "Elsewhere");
		insert(base + 203, "AxB " + base, null, null, null, null, null, "Elsewhere");
		jobs.awaitEnd(features.startRebuild("tester"), Duration.ofSeconds(60));
	}

	@Test
	void showsAnAnalystNoPersonalDetailsAnywhere() throws Exception {
		List<String> pages = List.of(html("ANALYST", "/customers?field=city&q=" + town),
				html("ANALYST", "/customers?field=name&q=Zeb"), html("ANALYST", "/customers?field=id&q=" + base),
				html("ANALYST", "/customers/" + base));
		for (String page : pages) {
			assertThat(page).doesNotContain("Zebulon", "Quartermaine", "zq" + base, "+447700123456", "Unusual Lane",
					"QQ123456C", "123456C", "1977-07-13", "13 Jul 1977");
		}
		assertThat(pages.get(3)).contains(town, "45-54", "Savings");
	}

	@Test
	void showsAMarketerTheFullProfileAndRecordsThatItWasOpened() throws Exception {
		String page = html("MARKETER", "/customers/" + base);
		assertThat(page).contains("Zebulon Quartermaine", "zq" + base, "+447700123456", "7 Unusual Lane", "13 Jul 1977",
				"•••••56C", "Zelda Quartermaine", "/customers/" + (base + 1), "Spouse</span>, <span>Joint account holder")
			.doesNotContain("QQ123456C");
		assertThat(page.split("Zelda Quartermaine", -1)).as("Zelda listed once in the household").hasSize(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'CUSTOMER_PROFILE_VIEWED' AND target_id = :id")
			.param("id", Long.toString(base)).query(Long.class).single()).isEqualTo(1);
		assertThat(mvc.get().uri("/customers/" + (base + 999)).with(user("m").roles("MARKETER"))).hasStatus(404);
	}

	@Test
	void keepsTheChosenFiltersSelectedWithTheirLabels() throws Exception {
		String page = html("MARKETER", "/customers?stage=FAMILY&rfm=AT_RISK&product=mortgage");
		assertThat(page).contains("<option value=\"FAMILY\" selected=\"selected\">Family</option>",
				"<option value=\"AT_RISK\" selected=\"selected\">At risk</option>",
				"<option value=\"mortgage\" selected=\"selected\">Mortgage</option>",
				"<option value=\"REFUSED\">Refused</option>");
	}

	@Test
	void matchesPercentAndUnderscoreOnlyAsThemselves() {
		assertThat(names(list.page(query("name", "100% Fit Ltd " + base, "name", "asc", null, null), true)))
			.containsExactly("100% Fit Ltd " + base);
		assertThat(names(list.page(query("name", "A_B " + base, "name", "asc", null, null), true)))
			.containsExactly("A_B " + base);
	}

	@Test
	void pagesThroughEveryCustomerExactlyOnceInBothDirections() {
		for (String sort : List.of("name", "id")) {
			for (String dir : List.of("asc", "desc")) {
				List<CustomerRow> forward = new ArrayList<>();
				CustomerPage page = list.page(query("city", town, sort, dir, null, null), true);
				List<CustomerPage> pages = new ArrayList<>(List.of(page));
				forward.addAll(page.rows());
				while (page.next() != null) {
					page = list.page(query("city", town, sort, dir, page.next(), null), true);
					pages.add(page);
					forward.addAll(page.rows());
				}
				assertThat(page.total()).isEqualTo(139);
				assertThat(forward).hasSize(139);
				assertThat(new HashSet<>(forward.stream().map(CustomerRow::id).toList())).hasSize(139);
				Comparator<CustomerRow> order = sort.equals("id") ? Comparator.comparingLong(CustomerRow::id)
						: Comparator.comparing((CustomerRow r) -> r.name().toLowerCase()).thenComparingLong(CustomerRow::id);
				assertThat(forward).isSortedAccordingTo(dir.equals("asc") ? order : order.reversed());

				List<CustomerRow> backward = new ArrayList<>(page.rows());
				while (page.previous() != null) {
					page = list.page(query("city", town, sort, dir, null, page.previous()), true);
					backward.addAll(0, page.rows());
				}
				assertThat(backward).as("back to the first page: %s %s", sort, dir).isEqualTo(forward);
			}
		}
	}

	private CustomerQuery query(String field, String q, String sort, String dir, String after, String before) {
		return new CustomerQuery(q, field, null, null, null, null, sort, dir, after, before);
	}

	private static List<String> names(CustomerPage page) {
		return page.rows().stream().map(CustomerRow::name).toList();
	}

	private String html(String level, String url) throws Exception {
		var response = mvc.get().uri(url).with(user("someone").roles(level)).exchange().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private void insert(int id, String name, String email, String phone, String address, String identification,
			LocalDate born, String city) {
		jdbc.sql("""
				INSERT INTO customer (customer_id, name, email, phone, address, identification_number, date_of_birth, city)
				VALUES (:id, :name, :email, :phone, :address, :identification, :born, :city)""")
			.param("id", id).param("name", name).param("email", email).param("phone", phone).param("address", address)
			.param("identification", identification).param("born", born).param("city", city).update();
	}

	static Set<Long> ids(List<CustomerRow> rows) {
		return new HashSet<>(rows.stream().map(CustomerRow::id).toList());
	}

}
