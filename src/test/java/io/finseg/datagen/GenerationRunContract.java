package io.finseg.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.finseg.customer.CustomerDataChanged;
import io.finseg.customer.CustomerTable;

/**
 * How a generation run behaves on every database FinSeg supports: it appends after existing
 * ids, repeats itself for the same seed and anchor date (whatever the chunk size, thread count
 * and way of writing), stops after whole chunks when cancelled, and is refused on a non-empty MySQL/MariaDB database unless allowed.
 */
@RecordApplicationEvents
abstract class GenerationRunContract {

	private static final LocalDate ANCHOR = LocalDate.of(2026, 6, 30);

	@Autowired
	DataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	ChunkWriters writers;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationEvents events;

	/** Whether this database is one the guard protects (MySQL/MariaDB). */
	abstract boolean guardsNonEmptyDatabase();

	@Test
	void appendsAfterTheExistingIdsAndRepeatsTheSameCustomersForTheSameSeedAndAnchor() {
		GenerationRequest request = new GenerationRequest(200, 7, ANCHOR);
		GenerationResult firstRun = generator.generate(request, GenerationProgress.NONE);
		// Other chunks, one thread, batched INSERTs even where the first run used LOAD DATA.
		DataGenerator otherwise = new DataGenerator(jdbcTemplate, writers, publisher,
				new DataGenerationProperties(true, 48, 1, false));
		GenerationResult secondRun = otherwise.generate(request, GenerationProgress.NONE);

		assertThat(secondRun.firstCustomerId()).isGreaterThanOrEqualTo(firstRun.firstCustomerId() + 200);
		assertThat(secondRun.rowsPerTable()).isEqualTo(firstRun.rowsPerTable());
		for (CustomerTable table : CustomerTable.values()) {
			assertThat(contentOf(table, secondRun)).as("rows of %s, ids aside", table)
				.isNotEmpty()
				.isEqualTo(contentOf(table, firstRun));
		}
		assertThat(events.stream(CustomerDataChanged.class)).hasSize(2);
	}

	@Test
	void stopsAfterTheChunkInProgressWhenCancelledLeavingOnlyWholeCustomers() {
		DataGenerator smallChunks = new DataGenerator(jdbcTemplate, writers, publisher,
				new DataGenerationProperties(true, 500, 2, true));
		List<Long> reported = new ArrayList<>();
		GenerationProgress cancelAfterFirstChunk = new GenerationProgress() {
			@Override
			public void advanced(long customersDone, long customersTotal, long rowsWritten) {
				reported.add(customersDone);
				assertThat(customersTotal).isEqualTo(3_000);
			}

			@Override
			public boolean cancelled() {
				return !reported.isEmpty();
			}
		};

		GenerationResult result = smallChunks.generate(new GenerationRequest(3_000, 11, ANCHOR), cancelAfterFirstChunk);

		assertThat(result.cancelled()).isTrue();
		assertThat(result.customers()).isEqualTo(500);
		assertThat(reported).containsExactly(500L);
		long first = result.firstCustomerId();
		long last = first + 2_999;
		assertThat(GeneratedRows.count(jdbc, CustomerTable.CUSTOMER, first, last)).isEqualTo(500);
		for (CustomerTable table : CustomerTable.values()) {
			assertThat(GeneratedRows.count(jdbc, table, first, last)).as(table.name()).isEqualTo(result.rows(table));
		}
		Long withoutAccount = jdbc.sql("""
				SELECT COUNT(*) FROM customer c WHERE c.customer_id BETWEEN :first AND :last
				AND NOT EXISTS (SELECT 1 FROM account a WHERE a.customer_id = c.customer_id)""")
			.param("first", first).param("last", last)
			.query(Long.class)
			.single();
		assertThat(withoutAccount).isZero();
		assertThat(events.stream(CustomerDataChanged.class)).hasSize(1);
	}

	@Test
	void refusesANonEmptyMySqlDatabaseUnlessAllowedButAlwaysFillsH2() {
		generator.generate(new GenerationRequest(4, 3, ANCHOR), GenerationProgress.NONE);
		long before = jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
		DataGenerator guarded = new DataGenerator(jdbcTemplate, writers, publisher,
				new DataGenerationProperties(false, 2_000, 2, true));
		GenerationRequest request = new GenerationRequest(8, 3, ANCHOR);

		if (guardsNonEmptyDatabase()) {
			assertThatThrownBy(() -> guarded.generate(request, GenerationProgress.NONE))
				.isInstanceOf(GenerationRefusedException.class)
				.hasMessageContaining("already holds customers")
				.hasMessageContaining("finseg.datagen.allow-non-empty=true");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single()).isEqualTo(before);
		}
		else {
			assertThat(guarded.generate(request, GenerationProgress.NONE).customers()).isEqualTo(8);
		}
	}

	/** The rows of a run in id order, with every id made relative to the run's first customer or dropped. */
	private List<String> contentOf(CustomerTable table, GenerationResult run) {
		String sql = switch (table) {
			case CUSTOMER -> "SELECT name, phone, address, date_of_birth, identification_number, city, region, postcode,"
					+ " country, annual_income, occupation, marital_status, customer_since FROM customer"
					+ " WHERE customer_id BETWEEN :first AND :last ORDER BY customer_id";
			case ACCOUNT -> "SELECT customer_id - :first, account_type, balance, status, opened_on FROM account"
					+ " WHERE customer_id BETWEEN :first AND :last ORDER BY account_id";
			case TRANSACTIONS -> "SELECT a.customer_id - :first, a.account_type, t.transaction_type, t.amount,"
					+ " t.transaction_date, t.notes, t.category FROM transactions t JOIN account a ON a.account_id = t.account_id"
					+ " WHERE a.customer_id BETWEEN :first AND :last ORDER BY t.transaction_id";
			case PAYMENTS -> "SELECT a.customer_id - :first, p.recipient, p.amount, p.payment_date, p.payment_method"
					+ " FROM payments p JOIN account a ON a.account_id = p.account_id"
					+ " WHERE a.customer_id BETWEEN :first AND :last ORDER BY p.payment_id";
			case CREDIT_HISTORY -> "SELECT customer_id - :first, credit_score, credit_limit, payment_history,"
					+ " credit_utilization, reported_on, late_payments_12m FROM credit_history"
					+ " WHERE customer_id BETWEEN :first AND :last ORDER BY credit_id";
			case SECURITY -> "SELECT customer_id - :first, username, password_hash, access_level, last_login_at"
					+ " FROM security WHERE customer_id BETWEEN :first AND :last ORDER BY security_id";
			case RELATIONSHIPS -> "SELECT customer1_id - :first, customer2_id - :first, relationship_type"
					+ " FROM relationships WHERE customer1_id BETWEEN :first AND :last ORDER BY relationship_id";
			case COMMUNICATION_LOG -> "SELECT customer_id - :first, communication_type, sent_at, summary, direction,"
					+ " outcome FROM communication_log WHERE customer_id BETWEEN :first AND :last ORDER BY log_id";
			case COMPLIANCE -> "SELECT customer_id - :first, consent_given, disclosures, regulatory_requirements_met,"
					+ " email_opt_in, sms_opt_in, phone_opt_in, post_opt_in, do_not_contact, updated_at FROM compliance"
					+ " WHERE customer_id BETWEEN :first AND :last ORDER BY compliance_id";
		};
		return jdbc.sql(sql)
			.params(Map.of("first", run.firstCustomerId(), "last", run.firstCustomerId() + run.customers() - 1))
			.query((rs, row) -> {
				StringBuilder line = new StringBuilder();
				for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
					line.append(rs.getString(column)).append('|');
				}
				return line.toString();
			})
			.list();
	}

}
