package io.finseg.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The MariaDB/MySQL server the MySQL part of the suite runs on: {@code FINSEG_TEST_DB_URL},
 * {@code FINSEG_TEST_DB_USER}, {@code FINSEG_TEST_DB_PASSWORD}, by default database
 * {@code finseg_test} on 127.0.0.1:3306 as root with an empty password.
 */
public class MariaDbServer implements ExecutionCondition {

	static final String URL = env("FINSEG_TEST_DB_URL",
			"jdbc:mysql://127.0.0.1:3306/finseg_test?createDatabaseIfNotExist=true"
					+ "&rewriteBatchedStatements=true&useCursorFetch=true");

	static final String USER = env("FINSEG_TEST_DB_USER", "root");

	static final String PASSWORD = env("FINSEG_TEST_DB_PASSWORD", "");

	private static volatile String unavailableBecause;

	private static volatile boolean checked;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String problem = unavailableBecause();
		if (problem == null) {
			return ConditionEvaluationResult.enabled("MariaDB answers at " + URL);
		}
		String message = "No MySQL/MariaDB server answers at " + URL + " (" + problem + ")";
		if (Boolean.parseBoolean(System.getenv("FINSEG_REQUIRE_MYSQL"))) {
			throw new IllegalStateException(message + ", and FINSEG_REQUIRE_MYSQL=true requires one");
		}
		return ConditionEvaluationResult.disabled(message
				+ ": the MySQL tests are skipped. Start MariaDB (see README.md) to run them.");
	}

	private static synchronized String unavailableBecause() {
		if (!checked) {
			try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
				unavailableBecause = connection.isValid(5) ? null : "the connection is not valid";
			}
			catch (SQLException e) {
				unavailableBecause = e.getMessage();
			}
			checked = true;
		}
		return unavailableBecause;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
