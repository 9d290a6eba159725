package io.finseg.features;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	FeatureRebuild(JdbcClient jdbc, FeatureTables tables, RfmScoring rfm, Clock clock, DataSource dataSource,
			@Value("${finseg.features.chunk-size:0}") int chunkSize) {
		this.jdbc = jdbc;
		this.tables = tables;
		this.rfm = rfm;
		this.clock = clock;
		this.chunkSize = chunkSize > 0 ? chunkSize : defaultChunkSize(dataSource);
	}

	/**
	 * H2 joins the grouped sub-queries by nested loops, so a chunk costs the square of its size
	 * there: small chunks. MySQL/MariaDB hash or index their way through large ones.
	 */
	private static int defaultChunkSize(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2") ? 250 : 5000;
		}
		catch (SQLException e) {
			return 1000;
		}
	}

	/** Told between chunks how far the build is, and asked whether to stop. */
	interface Listener {

		void chunkDone(long customersDone, long customersTotal);

		boolean stopRequested();

	}

	/** Rebuilds and switches; returns the number of customers, or -1 if it stopped early. */
	long rebuild(LocalDate asOf, Listener listener) {
		long started = System.nanoTime();
		FeatureTable target = tables.current().table().other();
		clear(target);
		long cleared = System.nanoTime();
		long total = jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
		List<long[]> chunks = chunks();
		Map<String, Object> window = new FeatureWindow(asOf).parameters();
		String fill = FeatureSql.fillChunk(target);
		long done = 0;
		int step = 0;
		for (long[] chunk : chunks) {
			done += jdbc.sql(fill).params(window).param("low", chunk[0]).param("high", chunk[1]).update();
			listener.chunkDone(++step, chunks.size() * 2L);
			if (listener.stopRequested()) {
				return -1;
			}
		}
		long filled = System.nanoTime();
		RfmScoring.CutPoints cuts = rfm.cutPoints(target, done);
		for (long[] chunk : chunks) {
			rfm.score(target, cuts, chunk[0], chunk[1]);
			listener.chunkDone(++step, chunks.size() * 2L);
			if (listener.stopRequested()) {
				return -1;
			}
		}
		long scored = System.nanoTime();
		tables.switchTo(target, asOf, LocalDateTime.now(clock), done);
		log.info("Features as of {} built for {} of {} customers into {} in {} ms: emptying {} ms, {} chunks {} ms, "
				+ "RFM {} ms, switch {} ms", asOf, done, total, target.tableName(), millis(started), (cleared - started) / 1_000_000,
				chunks.size(), (filled - cleared) / 1_000_000, (scored - filled) / 1_000_000, millis(scored));
		return done;
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

	private void clear(FeatureTable table) {
		String delete = "DELETE FROM %s LIMIT %d".formatted(table.tableName(), DELETE_CHUNK);
		while (jdbc.sql(delete).update() > 0) {
			// Small deletes, so no statement holds a large transaction.
		}
	}

}
