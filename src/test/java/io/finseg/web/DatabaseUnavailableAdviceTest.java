package io.finseg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Every way the database can be gone (no connection for a transaction, none from the pool, lost
 * in the middle of a statement, a rollback that failed after it) gives the 503 page that says so; bench/faults.sh stops a real
 * MariaDB under a running FinSeg for the same page.
 */
class DatabaseUnavailableAdviceTest {

	private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new FailingController())
		.setControllerAdvice(new DatabaseUnavailableAdvice())
		.build());

	@ParameterizedTest
	@ValueSource(strings = { "transaction", "pool", "lost", "resource", "rollback" })
	void answers503WithThePageThatSaysTheDatabaseIsNotAnswering(String how) {
		var result = mvc.get().uri("/fail/" + how).exchange();

		assertThat(result).hasStatus(503);
		assertThat(result).hasViewName("error/database-unavailable");
	}

	// An inner (not static) class, which component scanning skips: it is no endpoint of the application.
	@Controller
	class FailingController {

		@GetMapping("/fail/{how}")
		@ResponseBody
		String fail(@PathVariable String how) {
			Supplier<RuntimeException> failure = switch (how) {
				case "transaction" -> () -> new CannotCreateTransactionException("Could not open JDBC Connection",
						new CannotGetJdbcConnectionException("refused"));
				case "pool" -> () -> new CannotGetJdbcConnectionException("refused", new SQLException("refused", "08001"));
				case "lost" -> () -> new RecoverableDataAccessException("Communications link failure");
				case "rollback" -> () -> {
					TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
							new SQLException("Connection is closed"));
					rollback.initApplicationException(new RecoverableDataAccessException("Communications link failure"));
					return rollback;
				};
				default -> () -> new DataAccessResourceFailureException("gone");
			};
			throw failure.get();
		}

	}

}
