package io.finseg.customer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statements of {@link CustomerErasure}: a customer's rows per customer table, counted and deleted. */
@Repository
class CustomerErasureQueries {

	/** Deletes in an order the foreign keys allow: what hangs off accounts first, the customer last. */
	private static final List<Step> STEPS = List.of(
			new Step(CustomerTable.TRANSACTIONS,
					"DELETE FROM transactions WHERE account_id IN (SELECT account_id FROM account WHERE customer_id = :id)"),
			new Step(CustomerTable.PAYMENTS,
					"DELETE FROM payments WHERE account_id IN (SELECT account_id FROM account WHERE customer_id = :id)"),
			new Step(CustomerTable.ACCOUNT, "DELETE FROM account WHERE customer_id = :id"),
			new Step(CustomerTable.CREDIT_HISTORY, "DELETE FROM credit_history WHERE customer_id = :id"),
			new Step(CustomerTable.SECURITY, "DELETE FROM security WHERE customer_id = :id"),
			new Step(CustomerTable.RELATIONSHIPS,
					"DELETE FROM relationships WHERE customer1_id = :id OR customer2_id = :id"),
			new Step(CustomerTable.COMMUNICATION_LOG, "DELETE FROM communication_log WHERE customer_id = :id"),
			new Step(CustomerTable.COMPLIANCE, "DELETE FROM compliance WHERE customer_id = :id"),
			new Step(CustomerTable.CUSTOMER, "DELETE FROM customer WHERE customer_id = :id"));

	private static final Map<CustomerTable, String> COUNTS = Map.of(
			CustomerTable.CUSTOMER, "SELECT COUNT(*) FROM customer WHERE customer_id = :id",
			CustomerTable.ACCOUNT, "SELECT COUNT(*) FROM account WHERE customer_id = :id",
			CustomerTable.TRANSACTIONS,
			"SELECT COUNT(*) FROM transactions t JOIN account a ON a.account_id = t.account_id WHERE a.customer_id = :id",
			CustomerTable.PAYMENTS,
			"SELECT COUNT(*) FROM payments p JOIN account a ON a.account_id = p.account_id WHERE a.customer_id = :id",
			CustomerTable.CREDIT_HISTORY, "SELECT COUNT(*) FROM credit_history WHERE customer_id = :id",
			CustomerTable.SECURITY, "SELECT COUNT(*) FROM security WHERE customer_id = :id",
			CustomerTable.RELATIONSHIPS,
			"SELECT COUNT(*) FROM relationships WHERE customer1_id = :id OR customer2_id = :id",
			CustomerTable.COMMUNICATION_LOG, "SELECT COUNT(*) FROM communication_log WHERE customer_id = :id",
			CustomerTable.COMPLIANCE, "SELECT COUNT(*) FROM compliance WHERE customer_id = :id");

	private final JdbcClient jdbc;

	CustomerErasureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> name(long customerId) {
		return jdbc.sql("SELECT name FROM customer WHERE customer_id = :id").param("id", customerId).query(String.class)
			.optional();
	}

	boolean exists(long customerId) {
		return jdbc.sql("SELECT COUNT(*) FROM customer WHERE customer_id = :id").param("id", customerId)
			.query(Long.class).single() > 0;
	}

	long rows(CustomerTable table, long customerId) {
		return jdbc.sql(COUNTS.get(table)).param("id", customerId).query(Long.class).single();
	}

	/** Deletes the customer's rows from every customer table, adding what each removed to {@code removed}. */
	void delete(long customerId, ErasedRows removed) {
		for (Step step : STEPS) {
			removed.add(step.table().tableName(), jdbc.sql(step.delete()).param("id", customerId).update());
		}
	}

	private record Step(CustomerTable table, String delete) {
	}

}
