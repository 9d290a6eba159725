package io.finseg.database;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's {@link TransactionTemplate}: each {@code execute} is one transaction that
 * {@link TransactionRetry} runs again when the cluster refuses it. The callback must therefore
 * do nothing outside the database that it cannot do twice.
 */
class RetryingTransactionTemplate extends TransactionTemplate {

	private final transient TransactionRetry retry;

	RetryingTransactionTemplate(PlatformTransactionManager transactionManager, TransactionRetry retry) {
		super(transactionManager);
		this.retry = retry;
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		return retry.run(() -> super.execute(action));
	}

}
