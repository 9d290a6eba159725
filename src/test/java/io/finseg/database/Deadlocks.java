package io.finseg.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** Makes the current transaction lose a real InnoDB deadlock on the tables retry_probe and retry_ballast. */
class Deadlocks {

	/** The other transaction changes this many rows first, so that InnoDB rolls back ours. */
	static final int HEAVIER = 200;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	Deadlocks(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * In the current transaction, locks row 1; another connection, after a bigger change, locks
	 * row 2 and waits for row 1; then this one asks for row 2: a deadlock, and InnoDB rolls back
	 * the smaller transaction, this one (error 1213). The other one then commits 'other' into both.
	 */
	void loseOne() {
		jdbc.update("UPDATE retry_probe SET written_by = 'finseg' WHERE id = 1");
		CountDownLatch otherHoldsRow2 = new CountDownLatch(1);
		CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
			try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
				connection.setAutoCommit(false);
				sql.executeUpdate("UPDATE retry_ballast SET n = n + 1");
				sql.executeUpdate("UPDATE retry_probe SET written_by = 'other' WHERE id = 2");
				otherHoldsRow2.countDown();
				sql.executeUpdate("UPDATE retry_probe SET written_by = 'other' WHERE id = 1");
				connection.commit();
				connection.setAutoCommit(true);
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		try {
			assertThat(otherHoldsRow2.await(10, TimeUnit.SECONDS)).isTrue();
			waitUntilOneTransactionWaits();
			jdbc.update("UPDATE retry_probe SET written_by = 'finseg' WHERE id = 2");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (RuntimeException lost) {
			// InnoDB rolled this transaction back as it chose it, so the other one can finish now.
			other.join();
			throw lost;
		}
		other.join();
		throw new IllegalStateException("InnoDB chose the other transaction, not this one");
	}

	void writeBothRows(String by) {
		jdbc.update("UPDATE retry_probe SET written_by = ? WHERE id IN (1, 2)", by);
	}

	private void waitUntilOneTransactionWaits() throws InterruptedException {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			for (int i = 0; i < 1000; i++) {
				try (ResultSet rs = sql.executeQuery(
						"SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'")) {
					rs.next();
					if (rs.getInt(1) > 0) {
						return;
					}
				}
				Thread.sleep(10);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		throw new IllegalStateException("The other transaction never waited for row 1");
	}

}
