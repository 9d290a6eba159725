package io.finseg.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.customer.CustomerDataChanged;
import io.finseg.support.UsesH2;

/** Administrators see the row count of every customer table at the foot of the dashboard (own database: exact counts). */
@SpringBootTest(properties = "finseg.test.context=dashboard-table-counts")
@AutoConfigureMockMvc
@UsesH2
class DashboardTableCountsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void showsTheRowCountOfEveryCustomerTableWithThousandSeparators() throws Exception {
		List<Object[]> customers = IntStream.rangeClosed(1, 1234)
			.mapToObj(id -> new Object[] { id, "Customer " + id, LocalDate.of(1980, 1, 1).plusDays(id) })
			.toList();
		jdbc.batchUpdate("INSERT INTO customer (customer_id, name, date_of_birth) VALUES (?, ?, ?)", customers);
		jdbc.update("INSERT INTO account (account_id, customer_id, account_type, balance, status) "
				+ "VALUES (1, 1, 'SAVINGS', 10.00, 'ACTIVE'), (2, 2, 'CURRENT', 20.00, 'ACTIVE')");
		events.publishEvent(new CustomerDataChanged("test rows"));

		String page = mvc.get().uri("/").with(user("ada").roles("ADMIN")).exchange().getResponse().getContentAsString();

		assertThat(rowOf(page, "customer")).contains("Customers").contains(">1,234<");
		assertThat(rowOf(page, "account")).contains("Accounts").contains(">2<");
		assertThat(rowOf(page, "transactions")).contains("Transactions").contains(">0<");
		assertThat(page).contains("count-credit_history", "count-security", "count-relationships",
				"count-communication_log", "count-compliance", "count-payments");
	}

	private static String rowOf(String page, String table) {
		int start = page.indexOf("id=\"count-" + table + "\"");
		assertThat(start).as("row of %s", table).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

}
