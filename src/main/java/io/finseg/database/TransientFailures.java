package io.finseg.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures end a transaction that may simply be run again. Two kinds:
 * <ul>
 * <li><b>Refused</b>: the server rolled the transaction back, so running it again cannot
 * write anything twice: deadlock or Galera certification conflict (1213, "WSREP detected
 * deadlock/conflict"), lock wait timeout (1205), a Galera node not ready for queries (1047),
 * MySQL Group Replication's rollback at commit (3101, an InnoDB Cluster's conflict), SQLSTATE
 * 40001, a Galera node briefly outside the primary component (1180 "Not connected to Primary
 * Component").</li>
 * <li><b>Connection lost</b> (SQLSTATE 08…): safe to run again only when it happened before
 * the commit. Lost during the commit, the transaction may or may not have committed, so the
 * caller hears of it instead.</li>
 * </ul>
 * Not transient: the pool found no connection within its timeout (it has already waited), and
 * everything else (a duplicate key, a bad value, an optimistic-lock conflict).
 */
final class TransientFailures {

	enum Kind {
		REFUSED, CONNECTION_LOST, NOT_TRANSIENT
	}

	private static final Set<Integer> REFUSED_CODES = Set.of(1213, 1205, 1047, 3101);

	private TransientFailures() {
	}

	static Kind classify(Throwable failure) {
		boolean connectionLost = false;
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException) {
				return Kind.NOT_TRANSIENT;
			}
			if (cause instanceof PessimisticLockingFailureException) {
				return Kind.REFUSED;
			}
			// The rollback after a lost connection fails too, and hides what ended the transaction.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
				Kind original = classify(rollback.getApplicationException());
				if (original != Kind.NOT_TRANSIENT) {
					return original;
				}
			}
			if (cause instanceof SQLException sql) {
				if (REFUSED_CODES.contains(sql.getErrorCode()) || "40001".equals(sql.getSQLState())
						|| notInPrimaryComponent(sql)) {
					return Kind.REFUSED;
				}
				if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
					connectionLost = true;
				}
			}
		}
		return connectionLost ? Kind.CONNECTION_LOST : Kind.NOT_TRANSIENT;
	}

	/**
	 * 1180 with this reason: a Galera node outside the primary component (for a moment while the
	 * cluster re-forms after a node is lost) could not replicate the transaction, so it rolled it
	 * back.
	 */
	private static boolean notInPrimaryComponent(SQLException sql) {
		return sql.getErrorCode() == 1180 && sql.getMessage() != null
				&& sql.getMessage().contains("Not connected to Primary Component");
	}

	/** Whether a transaction that ended with {@code failure} may be run again. */
	static boolean mayRunAgain(Throwable failure, boolean commitFailed) {
		return switch (classify(failure)) {
			case REFUSED -> true;
			case CONNECTION_LOST -> !commitFailed;
			case NOT_TRANSIENT -> false;
		};
	}

}
