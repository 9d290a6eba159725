package io.finseg.customer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
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

	private final CustomerErasureQueries queries;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	CustomerErasure(CustomerErasureQueries queries, ApplicationEventPublisher events, AuditLog audit) {
		this.queries = queries;
		this.events = events;
		this.audit = audit;
	}

	/** The customer's name, shown on the confirmation so the right person is erased; empty if unknown. */
	@Transactional(readOnly = true)
	public Optional<String> name(long customerId) {
		return queries.name(customerId);
	}

	/** The customer's rows per customer table, or empty if there is no such customer. */
	@Transactional(readOnly = true)
	public Optional<Map<CustomerTable, Long>> rowsHeld(long customerId) {
		if (!queries.exists(customerId)) {
			return Optional.empty();
		}
		Map<CustomerTable, Long> rows = new EnumMap<>(CustomerTable.class);
		for (CustomerTable table : CustomerTable.values()) {
			rows.put(table, queries.rows(table, customerId));
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
		if (!queries.exists(customerId)) {
			return Optional.empty();
		}
		ErasedRows removed = new ErasedRows();
		events.publishEvent(new CustomerErased(customerId, removed));
		queries.delete(customerId, removed);
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

}
