package io.finseg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.admin.AccessLevel;
import io.finseg.admin.AppUser;
import io.finseg.admin.AppUserRepository;
import io.finseg.customer.CustomerDataChanged;
import io.finseg.customer.CustomerTable;
import io.finseg.customer.CustomerTableCounts;
import io.finseg.support.SchemaDocument;

/**
 * What must hold of the schema on every database FinSeg supports. Subclasses pick the database.
 */
abstract class SchemaContract {

	private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

	private static final AtomicInteger NEXT_ID = new AtomicInteger((int) (System.currentTimeMillis() % 1_000_000) * 1000);

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppUserRepository users;

	@Autowired
	CustomerTableCounts tableCounts;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void createsTheNineCustomerTablesAndTheUserTable() throws SQLException {
		Set<String> tables = columnsByTable().keySet();
		for (CustomerTable table : CustomerTable.values()) {
			assertThat(tables).contains(table.tableName());
		}
		assertThat(tables).contains("app_user");
	}

	@Test
	void documentsEveryTableAndColumnExactlyAsTheDatabaseHasThem() throws SQLException {
		Map<String, Map<String, String>> documented = SchemaDocument.read(Path.of("docs", "schema.md"));
		Map<String, Map<String, String>> actual = columnsByTable();
		assertThat(documented.keySet()).as("tables in docs/schema.md").containsExactlyInAnyOrderElementsOf(actual.keySet());
		actual.forEach((table, columns) -> assertThat(documented.get(table))
			.as("columns and types of %s in docs/schema.md", table)
			.containsExactlyInAnyOrderEntriesOf(columns));
	}

	@Test
	void savesAndReadsAUserAndRefusesAStaleUpdate() {
		String username = "user" + NEXT_ID.incrementAndGet();
		AppUser saved = users.save(AppUser.withInitialPassword(username, "{noop}irrelevant", AccessLevel.MARKETER,
				LocalDateTime.of(2026, 11, 24, 9, 30)));

		AppUser first = users.findByUsername(username).orElseThrow();
		AppUser second = users.findByUsername(username).orElseThrow();
		assertThat(first.getId()).isEqualTo(saved.getId());
		assertThat(first.getAccessLevel()).isEqualTo(AccessLevel.MARKETER);
		assertThat(first.isMustChangePassword()).isTrue();
		assertThat(first.getCreatedAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 30));

		users.save(first);
		assertThatThrownBy(() -> users.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void countsCustomerRowsAgainAfterCustomerDataChanged() {
		Map<CustomerTable, Long> before = tableCounts.counts();
		int customerId = NEXT_ID.incrementAndGet();
		insertCustomerWithAccount(customerId);
		insertCustomerWithAccount(customerId + 1);

		assertThat(tableCounts.counts()).as("cached until told").isEqualTo(before);
		events.publishEvent(new CustomerDataChanged("test"));

		Map<CustomerTable, Long> after = tableCounts.counts();
		assertThat(after.get(CustomerTable.CUSTOMER)).isEqualTo(before.get(CustomerTable.CUSTOMER) + 2);
		assertThat(after.get(CustomerTable.ACCOUNT)).isEqualTo(before.get(CustomerTable.ACCOUNT) + 2);
		assertThat(after.get(CustomerTable.TRANSACTIONS)).isEqualTo(before.get(CustomerTable.TRANSACTIONS));
		NEXT_ID.incrementAndGet();
	}

	@Test
	void comparesTextCaseInsensitivelyLikeMariaDb() {
		int customerId = NEXT_ID.incrementAndGet();
		insertCustomerWithAccount(customerId);
		Long found = jdbc.sql("SELECT COUNT(*) FROM customer WHERE customer_id = :id AND name = :name")
			.param("id", customerId)
			.param("name", "TEST CUSTOMER " + customerId)
			.query(Long.class)
			.single();
		assertThat(found).isEqualTo(1);
	}

	private void insertCustomerWithAccount(int customerId) {
		jdbc.sql("""
				INSERT INTO customer (customer_id, name, email, date_of_birth, city, country, annual_income, customer_since)
				VALUES (:id, :name, :email, :dob, 'Leeds', 'GB', 42000.00, :since)""")
			.param("id", customerId)
			.param("name", "Test Customer " + customerId)
			.param("email", "c" + customerId + "@example.test")
			.param("dob", LocalDate.of(1985, 3, 14))
			.param("since", LocalDate.of(2015, 6, 1))
			.update();
		jdbc.sql("""
				INSERT INTO account (account_id, customer_id, account_type, balance, status, opened_on)
				VALUES (:id, :id, 'CURRENT', 1250.50, 'ACTIVE', :opened)""")
			.param("id", customerId)
			.param("opened", LocalDate.of(2015, 6, 1))
			.update();
	}

	private Map<String, Map<String, String>> columnsByTable() throws SQLException {
		Map<String, Map<String, String>> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String catalog = connection.getCatalog();
			String schema = connection.getSchema();
			try (ResultSet columns = meta.getColumns(catalog, schema, "%", "%")) {
				while (columns.next()) {
					String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					if (LIQUIBASE_TABLES.contains(table)) {
						continue;
					}
					tables.computeIfAbsent(table, name -> new TreeMap<>())
						.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
								SchemaDocument.normalise(columns.getString("TYPE_NAME"), columns.getInt("COLUMN_SIZE"),
										columns.getInt("DECIMAL_DIGITS")));
				}
			}
		}
		return tables;
	}

}
