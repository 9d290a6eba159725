package io.finseg.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class TransientFailuresTest {

	private static final SQLException WSREP_CONFLICT = new SQLException(
			"WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction", "40001",
			1213);

	private static final SQLException LOCK_WAIT = new SQLException("Lock wait timeout exceeded", "HY000", 1205);

	private static final SQLException NODE_NOT_READY = new SQLException(
			"WSREP has not yet prepared node for application use", "08S01", 1047);

	private static final SQLException LINK_FAILURE = new SQLException("Communications link failure", "08S01", 0);

	@Test
	void aGaleraConflictOrADeadlockIsRunAgainEvenWhenTheCommitFailed() {
		assertThat(TransientFailures.mayRunAgain(new CannotAcquireLockException("commit", WSREP_CONFLICT), true))
			.isTrue();
		assertThat(TransientFailures.mayRunAgain(WSREP_CONFLICT, false)).isTrue();
		assertThat(TransientFailures.mayRunAgain(new RuntimeException(LOCK_WAIT), false)).isTrue();
		assertThat(TransientFailures.mayRunAgain(new RuntimeException(NODE_NOT_READY), true)).isTrue();
		SQLException groupReplicationConflict = new SQLException(
				"Plugin instructed the server to rollback the current transaction.", "40000", 3101);
		assertThat(TransientFailures.mayRunAgain(groupReplicationConflict, true)).isTrue();
	}

	@Test
	void aGaleraNodeOutsideThePrimaryComponentRefusedTheTransaction() {
		SQLException notPrimary = new SQLException(
				"Error while appending streaming replication fragment(provider status: Not connected to Primary Component)",
				"HY000", 1180);
		assertThat(TransientFailures.classify(new RuntimeException(notPrimary))).isEqualTo(TransientFailures.Kind.REFUSED);
		assertThat(TransientFailures.mayRunAgain(new RuntimeException(notPrimary), true)).isTrue();
		SQLException otherCommitError = new SQLException("Got error 28 \"No space left on device\" during COMMIT", "HY000",
				1180);
		assertThat(TransientFailures.mayRunAgain(otherCommitError, false)).isFalse();
	}

	@Test
	void aLostConnectionIsRunAgainOnlyWhenTheCommitHadNotBegun() {
		DataAccessResourceFailureException lost = new DataAccessResourceFailureException("update", LINK_FAILURE);
		assertThat(TransientFailures.mayRunAgain(lost, false)).isTrue();
		assertThat(TransientFailures.mayRunAgain(lost, true)).isFalse();
	}

	@Test
	void aLostConnectionIsFoundBehindTheRollbackThatFailedAfterIt() {
		TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollbackFailed.initApplicationException(new RecoverableDataAccessException("select", LINK_FAILURE));
		assertThat(TransientFailures.mayRunAgain(rollbackFailed, false)).isTrue();
		TransactionSystemException closedOnly = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		assertThat(TransientFailures.mayRunAgain(closedOnly, false)).isFalse();
	}

	@Test
	void aPoolThatFoundNoConnectionInTimeIsNotAskedAgain() {
		SQLTransientConnectionException timedOut = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 10000ms", "08001", LINK_FAILURE);
		assertThat(TransientFailures.mayRunAgain(new CannotGetJdbcConnectionException("get", timedOut), false))
			.isFalse();
	}

	@Test
	void ordinaryFailuresAreNotRunAgain() {
		SQLException duplicate = new SQLException("Duplicate entry '7' for key 'PRIMARY'", "23000", 1062);
		assertThat(TransientFailures.mayRunAgain(new DataIntegrityViolationException("insert", duplicate), false))
			.isFalse();
		assertThat(TransientFailures.mayRunAgain(new OptimisticLockingFailureException("stale"), false)).isFalse();
		assertThat(TransientFailures.mayRunAgain(new IllegalArgumentException("bad input"), false)).isFalse();
	}

}
