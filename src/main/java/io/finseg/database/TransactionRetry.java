package io.finseg.database;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a transaction again when the database refused it for a transient reason
 * ({@link TransientFailures}), at most {@code finseg.database.retry.max-attempts} times in all,
 * pausing {@code first-delay-ms}, then twice as long each time (with some jitter, at most
 * {@link #MAX_DELAY_MILLIS}). Only the outermost transaction is run again: work already inside
 * one is left to it, since part of a transaction cannot be repeated alone.
 */
@Component
public class TransactionRetry {

	static final long MAX_DELAY_MILLIS = 2_000;

	private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);

	private final int maxAttempts;

	private final long firstDelayMillis;

	TransactionRetry(@Value("${finseg.database.retry.max-attempts:5}") int maxAttempts,
			@Value("${finseg.database.retry.first-delay-ms:50}") long firstDelayMillis) {
		this.maxAttempts = Math.max(1, maxAttempts);
		this.firstDelayMillis = Math.max(0, firstDelayMillis);
	}

	/** A checked-exception-friendly unit of work, e.g. a method invocation. */
	@FunctionalInterface
	public interface Attempt<T> {

		T run() throws Throwable;

	}

	public <T> T run(Supplier<T> transaction) {
		try {
			return runThrowing(transaction::get);
		}
		catch (RuntimeException | Error unchecked) {
			throw unchecked;
		}
		catch (Throwable checked) {
			throw new IllegalStateException(checked);
		}
	}

	public <T> T runThrowing(Attempt<T> transaction) throws Throwable {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return transaction.run();
		}
		long delay = firstDelayMillis;
		for (int attempt = 1;; attempt++) {
			CommitFailures.forget();
			try {
				return transaction.run();
			}
			catch (Throwable failure) {
				boolean commitFailed = CommitFailures.happened();
				if (attempt >= maxAttempts || !TransientFailures.mayRunAgain(failure, commitFailed)) {
					if (attempt > 1) {
						log.warn("Transaction failed again on attempt {} of {}; giving up: {}", attempt, maxAttempts,
								failure.toString());
					}
					throw failure;
				}
				log.warn("Transaction refused ({}), attempt {} of {}; running it again in ~{} ms: {}",
						TransientFailures.classify(failure), attempt, maxAttempts, delay, rootMessage(failure));
				pause(delay);
				delay = Math.min(MAX_DELAY_MILLIS, delay * 2);
			}
			finally {
				CommitFailures.forget();
			}
		}
	}

	int maxAttempts() {
		return maxAttempts;
	}

	private static void pause(long delay) {
		if (delay == 0) {
			return;
		}
		long jittered = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
		try {
			Thread.sleep(jittered);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to run a transaction again", e);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
