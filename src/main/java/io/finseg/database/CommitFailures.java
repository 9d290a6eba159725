package io.finseg.database;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Remembers, per thread, whether a commit failed: a connection lost during the commit leaves it
 * open whether the transaction committed, and such a transaction is not run again. A read-only
 * one wrote nothing, so its failed commit is not remembered. Spring Boot registers every
 * {@link TransactionExecutionListener} bean with the transaction manager.
 */
@Component
class CommitFailures implements TransactionExecutionListener {

	private static final ThreadLocal<Boolean> FAILED = ThreadLocal.withInitial(() -> false);

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		if (commitFailure != null && !transaction.isReadOnly()) {
			FAILED.set(true);
		}
	}

	static void forget() {
		FAILED.remove();
	}

	static boolean happened() {
		return FAILED.get();
	}

}
