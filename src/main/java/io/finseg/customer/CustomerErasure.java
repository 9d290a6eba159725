package io.finseg.customer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;

/**
 * The right to erasure: removes a customer from the nine customer tables and, through
 * {@link CustomerErased}, from every other room, all in one transaction. The audit record names
 * the customer by id and carries row counts only.
 */
@Service
public class CustomerErasure {

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

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	CustomerErasure(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	/** The customer's name, shown on the confirmation so the right person is erased; empty if unknown. */
	@Transactional(readOnly = true)
	public Optional<String> name(long customerId) {
		return jdbc.sql("SELECT name FROM customer WHERE customer_id = :id").param("id", customerId).query(String.class)
			.optional();
	}

	/** The customer's rows per customer table, or empty if there is no such customer. */
	@Transactional(readOnly = true)
	public Optional<Map<CustomerTable, Long>> rowsHeld(long customerId) {
		if (!exists(customerId)) {
			return Optional.empty();
		}
		Map<CustomerTable, Long> rows = new EnumMap<>(CustomerTable.class);
		for (CustomerTable table : CustomerTable.values()) {
			rows.put(table, jdbc.sql(COUNTS.get(table)).param("id", customerId).query(Long.class).single());
		}
		return Optional.of(rows);
	}

	/**
	 * Erases the customer everywhere, all or nothing.
	 *
	 * @return the rows removed per table, or empty if there is no such customer
	 */
	@Transactional
	public Optional<ErasedRows> erase(long customerId) {
		if (!exists(customerId)) {
			return Optional.empty();
		}
		ErasedRows removed = new ErasedRows();
		events.publishEvent(new CustomerErased(customerId, removed));
		for (Step step : STEPS) {
			removed.add(step.table().tableName(), jdbc.sql(step.delete()).param("id", customerId).update());
		}
		audit.record(AuditAction.CUSTOMER_ERASED, "CUSTOMER", customerId, removed.summary());
		// Caches and the features rebuild must see the data without the customer: only after the commit.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				events.publishEvent(new CustomerDataChanged("erasure"));
			}
		});
		return Optional.of(removed);
	}

	private boolean exists(long customerId) {
		return jdbc.sql("SELECT COUNT(*) FROM customer WHERE customer_id = :id").param("id", customerId)
			.query(Long.class).single() > 0;
	}

	private record Step(CustomerTable table, String delete) {
	}

}
