package io.finseg.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.finseg.support.UsesMariaDb;

/**
 * A real deadlock on MariaDB (error 1213, the code Galera also gives a transaction that lost
 * certification): the transaction is run again and commits, and after the limit the failure
 * reaches the caller.
 */
@SpringBootTest(properties = { "finseg.database.retry.max-attempts=3", "finseg.database.retry.first-delay-ms=10" })
@UsesMariaDb
class TransactionRetryMariaDbIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Deadlocks deadlocks;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DeadlockProne deadlockProne;

	@BeforeEach
	void createRows() {
		jdbc.execute("DROP TABLE IF EXISTS retry_probe");
		jdbc.execute("DROP TABLE IF EXISTS retry_ballast");
		jdbc.execute("CREATE TABLE retry_probe (id INT PRIMARY KEY, written_by VARCHAR(20)) ENGINE=InnoDB");
		jdbc.execute("CREATE TABLE retry_ballast (id INT PRIMARY KEY, n INT) ENGINE=InnoDB");
		jdbc.update("INSERT INTO retry_probe VALUES (1, 'nobody'), (2, 'nobody')");
		jdbc.batchUpdate("INSERT INTO retry_ballast VALUES (?, 0)",
				IntStream.rangeClosed(1, Deadlocks.HEAVIER).mapToObj(id -> new Object[] { id }).toList());
	}

	@AfterEach
	void dropRows() {
		jdbc.execute("DROP TABLE IF EXISTS retry_probe");
		jdbc.execute("DROP TABLE IF EXISTS retry_ballast");
	}

	@Test
	void aTransactionTemplateRefusedByADeadlockIsRunAgainAndCommits() {
		AtomicInteger attempts = new AtomicInteger();
		transactions.executeWithoutResult(status -> {
			if (attempts.incrementAndGet() == 1) {
				deadlocks.loseOne();
			}
			else {
				deadlocks.writeBothRows("finseg");
			}
		});
		assertThat(attempts).hasValue(2);
		assertThat(jdbc.queryForList("SELECT written_by FROM retry_probe ORDER BY id", String.class))
			.containsExactly("finseg", "finseg");
	}

	@Test
	void aTransactionalMethodRefusedByADeadlockIsRunAgainAndCommits() {
		deadlockProne.reset(1);
		deadlockProne.write();
		assertThat(deadlockProne.attempts()).isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT written_by FROM retry_probe ORDER BY id", String.class))
			.containsExactly("finseg", "finseg");
	}

	@Test
	void afterTheLimitTheDeadlockReachesTheCaller() {
		AtomicInteger attempts = new AtomicInteger();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			attempts.incrementAndGet();
			deadlocks.loseOne();
		})).isInstanceOf(PessimisticLockingFailureException.class).hasMessageContaining("Deadlock");
		assertThat(attempts).hasValue(3);
		assertThat(jdbc.queryForList("SELECT written_by FROM retry_probe ORDER BY id", String.class))
			.containsExactly("other", "other");
	}

	@Test
	void insideAnOuterTransactionOnlyTheOuterOneIsRunAgain() {
		AtomicInteger outer = new AtomicInteger();
		deadlockProne.reset(1);
		transactions.executeWithoutResult(status -> {
			outer.incrementAndGet();
			deadlockProne.write();
		});
		assertThat(outer).hasValue(2);
		assertThat(deadlockProne.attempts()).isEqualTo(2);
	}

	@TestConfiguration
	static class Beans {

		@Bean
		Deadlocks deadlocks(JdbcTemplate jdbc, DataSource dataSource) {
			return new Deadlocks(jdbc, dataSource);
		}

		@Bean
		DeadlockProne deadlockProne(Deadlocks deadlocks) {
			return new DeadlockProne(deadlocks);
		}

	}

	static class DeadlockProne {

		private final AtomicInteger attempts = new AtomicInteger();

		private final AtomicInteger deadlocksLeft = new AtomicInteger();

		private final Deadlocks deadlocks;

		DeadlockProne(Deadlocks deadlocks) {
			this.deadlocks = deadlocks;
		}

		// Methods, not fields: the test sees the bean through its transactional proxy.
		public void reset(int deadlocks) {
			attempts.set(0);
			deadlocksLeft.set(deadlocks);
		}

		public int attempts() {
			return attempts.get();
		}

		@Transactional
		public void write() {
			attempts.incrementAndGet();
			if (deadlocksLeft.getAndDecrement() > 0) {
				deadlocks.loseOne();
			}
			else {
				deadlocks.writeBothRows("finseg");
			}
		}

	}

}
