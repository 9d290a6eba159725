package io.finseg.features;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads and switches the pointer to the active features table. */
@Component
public class FeatureTables {

	/**
	 * How long one reading of the pointer serves every query: under load it was a quarter of all
	 * round trips to the database. Switches made here are seen at once; those made by another
	 * instance or a command-line run within this time.
	 */
	private static final long REUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final JdbcClient jdbc;

	/** Counts changes made here, so that a reading begun before one is not kept after it. */
	private final AtomicLong changes = new AtomicLong();

	private volatile Reading lastReading;

	private record Reading(FeatureSnapshot snapshot, long readAtNanos, long changes) {
	}

	FeatureTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What readers should read now, as read from the database at most a second ago. */
	public FeatureSnapshot current() {
		Reading last = lastReading;
		if (last != null && last.changes() == changes.get() && System.nanoTime() - last.readAtNanos() < REUSE_NANOS) {
			return last.snapshot();
		}
		long changesBefore = changes.get();
		long readAt = System.nanoTime();
		FeatureSnapshot snapshot = currentInDatabase();
		lastReading = new Reading(snapshot, readAt, changesBefore);
		return snapshot;
	}

	/** The pointer as the database has it now: for whoever is about to change the tables. */
	FeatureSnapshot currentInDatabase() {
		return jdbc.sql("SELECT active_table, as_of, built_at, customers FROM customer_features_pointer WHERE id = 1")
			.query((rs, row) -> new FeatureSnapshot(FeatureTable.named(rs.getString("active_table")),
					rs.getObject("as_of", LocalDate.class), rs.getObject("built_at", LocalDateTime.class),
					rs.getLong("customers")))
			.single();
	}

	/** Takes back customers erased from the active table, in the caller's transaction. */
	void subtractCustomers(int removed) {
		jdbc.sql("UPDATE customer_features_pointer SET customers = customers - :rows WHERE id = 1")
			.param("rows", removed)
			.update();
		forgetAfterCommit();
	}

	/** Makes {@code table} the one readers see, in one short transaction. */
	@Transactional
	void switchTo(FeatureTable table, LocalDate asOf, LocalDateTime builtAt, long customers) {
		jdbc.sql("""
				UPDATE customer_features_pointer
				SET active_table = :table, as_of = :asOf, built_at = :builtAt, customers = :customers
				WHERE id = 1""")
			.param("table", table.tableName())
			.param("asOf", asOf)
			.param("builtAt", builtAt)
			.param("customers", customers)
			.update();
		forgetAfterCommit();
	}

	private void forgetAfterCommit() {
		changes.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					changes.incrementAndGet();
				}
			});
		}
	}

}
