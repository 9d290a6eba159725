package io.finseg.features;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the features as of a date into the inactive table, chunk by chunk of customer ids,
 * and then switches readers to it. Readers keep seeing the previous complete build until the
 * switch; a rebuild that stops early leaves the active table as it was.
 */
@Component
class FeatureRebuild {

	private static final Logger log = LoggerFactory.getLogger(FeatureRebuild.class);

	private static final int DELETE_CHUNK = 10_000;

	private final JdbcClient jdbc;

	private final FeatureTables tables;

	private final RfmScoring rfm;

	private final Clock clock;

	private final int chunkSize;

	private final int threads;

	FeatureRebuild(JdbcClient jdbc, FeatureTables tables, RfmScoring rfm, Clock clock, DataSource dataSource,
			@Value("${finseg.features.chunk-size:0}") int chunkSize, @Value("${finseg.features.threads:0}") int threads) {
		this.jdbc = jdbc;
		this.tables = tables;
		this.rfm = rfm;
		this.clock = clock;
		boolean h2 = isH2(dataSource);
		this.chunkSize = chunkSize > 0 ? chunkSize : h2 ? 250 : 5000;
		this.threads = threads > 0 ? threads : h2 ? 1 : 2;
	}

	/**
	 * H2 joins the grouped sub-queries by nested loops, so a chunk costs the square of its size
	 * there (small chunks), and it writes one file (one thread). MySQL/MariaDB hash or index their
	 * way through large chunks, one core per statement (two at once).
	 */
	private static boolean isH2(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
		}
		catch (SQLException e) {
			return false;
		}
	}

	/** Told between chunks how far the build is, and asked whether to stop. */
	interface Listener {

		/** Nobody watches and nobody stops the build. */
		Listener NONE = new Listener() {
			@Override
			public void chunkDone(long done, long total) {
			}

			@Override
			public boolean stopRequested() {
				return false;
			}
		};

		void chunkDone(long customersDone, long customersTotal);

		boolean stopRequested();

	}

	/** Rebuilds and switches; returns the number of customers, or -1 if it stopped early. */
	long rebuild(LocalDate asOf, Listener listener) {
		long started = System.nanoTime();
		FeatureTable target = tables.currentInDatabase().table().other();
		long total = jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
		List<long[]> chunks = chunks();
		clear(target, chunks);
		long cleared = System.nanoTime();
		Map<String, Object> window = new FeatureWindow(asOf).parameters();
		AtomicInteger step = new AtomicInteger();
		long steps = chunks.size() * 2L;
		RfmMeasures measures = new RfmMeasures();
		if (!inParallel(chunks, chunk -> rfm.measure(window, chunk[0], chunk[1], measures), listener, step, steps)) {
			return -1;
		}
		long measured = System.nanoTime();
		Map<String, Object> cuts = measures.cutPoints().parameters();
		String fill = FeatureSql.fillChunk(target);
		AtomicLong filledRows = new AtomicLong();
		if (!inParallel(chunks, chunk -> filledRows.addAndGet(jdbc.sql(fill).params(window).params(cuts)
			.param("low", chunk[0]).param("high", chunk[1]).update()), listener, step, steps)) {
			return -1;
		}
		long done = filledRows.get();
		long filled = System.nanoTime();
		tables.switchTo(target, asOf, LocalDateTime.now(clock), done);
		log.info("Features as of {} built for {} of {} customers into {} in {} ms: emptying {} ms, RFM measures and cut "
				+ "points {} ms, {} chunks {} ms, switch {} ms", asOf, done, total, target.tableName(), millis(started),
				(cleared - started) / 1_000_000, (measured - cleared) / 1_000_000, chunks.size(),
				(filled - measured) / 1_000_000, millis(filled));
		return done;
	}

	/**
	 * Runs the chunks on {@code threads} connections at once (the server works one statement per
	 * core), tells the listener after each, and stops handing out chunks once it asks to stop.
	 * Returns false when it stopped early.
	 */
	private boolean inParallel(List<long[]> chunks, Consumer<long[]> work, Listener listener, AtomicInteger step,
			long steps) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CompletionService<Void> completed = new ExecutorCompletionService<>(pool);
			int next = 0;
			int running = 0;
			boolean stopped = false;
			while (running > 0 || (!stopped && next < chunks.size())) {
				while (!stopped && running < threads && next < chunks.size()) {
					long[] chunk = chunks.get(next++);
					completed.submit(() -> work.accept(chunk), null);
					running++;
				}
				completed.take().get();
				running--;
				listener.chunkDone(step.incrementAndGet(), steps);
				stopped = stopped || listener.stopRequested();
			}
			return !stopped;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Feature rebuild interrupted", e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	/**
	 * Ranges of customer ids holding about {@code chunkSize} customers each, found by keyset on
	 * the primary key, so sparse ids make no empty chunks.
	 */
	private List<long[]> chunks() {
		List<long[]> chunks = new ArrayList<>();
		Long low = jdbc.sql("SELECT MIN(customer_id) FROM customer").query(Long.class).single();
		while (low != null) {
			List<Long> next = jdbc.sql("""
					SELECT customer_id FROM customer WHERE customer_id >= :low
					ORDER BY customer_id LIMIT 1 OFFSET :size""")
				.param("low", low)
				.param("size", chunkSize)
				.query(Long.class)
				.list();
			Long high = next.isEmpty() ? jdbc.sql("SELECT MAX(customer_id) FROM customer").query(Long.class).single()
					: next.get(0) - 1;
			chunks.add(new long[] { low, high });
			low = next.isEmpty() ? null : next.get(0);
		}
		return chunks;
	}

	/** Empties the table by the same id ranges (in parallel), then whatever lies outside them. */
	private void clear(FeatureTable table, List<long[]> chunks) {
		String deleteRange = "DELETE FROM %s WHERE customer_id BETWEEN :low AND :high".formatted(table.tableName());
		inParallel(chunks, chunk -> jdbc.sql(deleteRange).param("low", chunk[0]).param("high", chunk[1]).update(),
				Listener.NONE, new AtomicInteger(), 0);
		String delete = "DELETE FROM %s LIMIT %d".formatted(table.tableName(), DELETE_CHUNK);
		while (jdbc.sql(delete).update() > 0) {
			// Rows of customers who are gone since the last build; small deletes, small transactions.
		}
	}


}
