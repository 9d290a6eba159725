package io.finseg.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The database does not answer (stopped, restarting, network gone): a 503 page that says so and
 * that trying again later is safe, instead of the general error page. Nothing is half-saved,
 * since every change runs in a transaction the database never committed.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	// A TransactionSystemException here is a JDBC rollback that failed: after a lost connection
	// (a cluster node gone), it takes the place of the failure that ended the transaction.
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			RecoverableDataAccessException.class, CannotCreateTransactionException.class,
			TransactionSystemException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String databaseUnavailable(RuntimeException failure) {
		log.warn("The database did not answer: {}", failure.getMessage());
		return "error/database-unavailable";
	}

}
