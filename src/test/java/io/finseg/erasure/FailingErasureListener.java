package io.finseg.erasure;

import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.finseg.customer.CustomerErased;

/**
 * Makes the erasure of one chosen customer fail at the last moment, after every room deleted its
 * rows and just before the commit: to show that the erasure is all or nothing.
 */
class FailingErasureListener {

	static volatile long failFor = -1;

	@EventListener
	void on(CustomerErased event) {
		if (event.customerId() == failFor) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					throw new IllegalStateException("Erasure failed on purpose before the commit");
				}
			});
		}
	}

}
