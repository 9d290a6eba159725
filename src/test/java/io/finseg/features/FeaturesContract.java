package io.finseg.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.finseg.jobs.Jobs;

/** The features SQL against the same features computed independently in Java, on every database. */
@RecordApplicationEvents
abstract class FeaturesContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeatureRebuild rebuild;

	@Autowired
	FeatureTables tables;

	@Autowired
	FeatureService service;

	@Autowired
	Jobs jobs;

	@Autowired
	ApplicationEvents events;

	@Test
	void computesEveryFeatureAsTheDefinitionsSay() {
		FeatureFixture fixture = new FeatureFixture(7, 150, AS_OF);
		fixture.insert(jdbc);

		assertThat(rebuild.rebuild(AS_OF, FeatureRebuild.Listener.NONE)).isGreaterThanOrEqualTo(150);

		String table = tables.current().table().tableName();
		List<String> differences = new ArrayList<>();
		for (FeatureFixture.Customer customer : fixture.customers) {
			Map<String, Object> actual = jdbc.sql("SELECT * FROM " + table + " WHERE customer_id = :id")
				.param("id", customer.id()).query().singleRow();
			ExpectedFeatures.of(fixture, customer).forEach((column, expected) -> {
				Object value = actual.get(actual.containsKey(column) ? column : column.toUpperCase(Locale.ROOT));
				if (!same(expected, value)) {
					differences.add("customer %d %s: expected %s, built %s".formatted(customer.id() - fixture.base, column,
							expected, value));
				}
			});
		}
		assertThat(differences).isEmpty();
		assertThat(tables.current().asOf()).isEqualTo(AS_OF);
	}

	@Test
	void scoresRfmFromCutPointsOverAllCustomersWithEqualScoresForEqualValues() {
		new FeatureFixture(11, 120, AS_OF).insert(jdbc);
		rebuild.rebuild(AS_OF, FeatureRebuild.Listener.NONE);

		List<long[]> rows = jdbc.sql("""
				SELECT COALESCE(days_since_last_tx, 999999), tx_count_365d, tx_sum_365d * 100, rfm_recency, rfm_frequency,
				       rfm_monetary, rfm_group FROM %s""".formatted(tables.current().table().tableName()))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), groupIndex(rs.getString(7)) })
			.list();
		long[] recencyCuts = cuts(rows, 0);
		long[] frequencyCuts = cuts(rows, 1);
		long[] monetaryCuts = cuts(rows, 2);
		for (long[] row : rows) {
			int r = 5 - countBelow(recencyCuts, row[0]);
			int f = 1 + countBelow(frequencyCuts, row[1]);
			int m = 1 + countBelow(monetaryCuts, row[2]);
			assertThat(new long[] { row[3], row[4], row[5] }).containsExactly(r, f, m);
			assertThat(row[6]).isEqualTo(groupIndex(group(r, f, m)));
		}
	}

	@Test
	void readersSeeThePreviousCompleteBuildUntilTheSwitch() throws Exception {
		new FeatureFixture(3, 60, AS_OF).insert(jdbc);
		rebuild.rebuild(AS_OF, FeatureRebuild.Listener.NONE);
		FeatureSnapshot before = tables.current();
		long rowsBefore = rows(before.table());

		CountDownLatch between = new CountDownLatch(1);
		CountDownLatch resume = new CountDownLatch(1);
		CompletableFuture<Long> next = CompletableFuture.supplyAsync(() -> rebuild.rebuild(AS_OF.plusDays(1),
				new FeatureRebuild.Listener() {
					@Override
					public void chunkDone(long done, long total) {
						if (done == 1) {
							between.countDown();
							await(resume);
						}
					}

					@Override
					public boolean stopRequested() {
						return false;
					}
				}));
		assertThat(between.await(30, TimeUnit.SECONDS)).as("rebuild reached its first chunk").isTrue();

		FeatureSnapshot during = tables.current();
		assertThat(during.table()).isEqualTo(before.table());
		assertThat(during.asOf()).isEqualTo(AS_OF);
		assertThat(rows(during.table())).isEqualTo(rowsBefore);

		resume.countDown();
		next.get(60, TimeUnit.SECONDS);
		assertThat(tables.current().asOf()).isEqualTo(AS_OF.plusDays(1));
		assertThat(tables.current().table()).isNotEqualTo(before.table());
	}

	@Test
	void rebuildsAsAJobAndAnnouncesIt() throws Exception {
		new FeatureFixture(5, 20, AS_OF).insert(jdbc);
		long job = service.startRebuild(AS_OF, "tester");
		assertThat(jobs.awaitEnd(job, Duration.ofSeconds(60)).status().name()).isEqualTo("SUCCEEDED");
		assertThat(events.stream(FeaturesRebuilt.class)).anySatisfy(event -> assertThat(event.asOf()).isEqualTo(AS_OF));
		assertThat(service.current().asOf()).isEqualTo(AS_OF);
	}

	private long rows(FeatureTable table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table.tableName()).query(Long.class).single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Values at 20, 40, 60 and 80 % of the ascending order. */
	private static long[] cuts(List<long[]> rows, int column) {
		long[] sorted = rows.stream().mapToLong(row -> row[column]).sorted().toArray();
		long[] cuts = new long[4];
		for (int k = 1; k <= 4; k++) {
			cuts[k - 1] = sorted[(int) ((long) sorted.length * k / 5)];
		}
		return cuts;
	}

	private static int countBelow(long[] cuts, long value) {
		int below = 0;
		for (long cut : cuts) {
			below += cut < value ? 1 : 0;
		}
		return below;
	}

	static String group(int r, int f, int m) {
		if (r >= 4 && f >= 4 && m >= 4) {
			return "CHAMPIONS";
		}
		if (r >= 3 && f >= 4) {
			return "LOYAL";
		}
		if (r >= 4 && f <= 2) {
			return "NEW";
		}
		if (r >= 3) {
			return "POTENTIAL";
		}
		if (f >= 3) {
			return "AT_RISK";
		}
		return r == 2 ? "HIBERNATING" : "LOST";
	}

	private static long groupIndex(String group) {
		return List.of("CHAMPIONS", "LOYAL", "NEW", "POTENTIAL", "AT_RISK", "HIBERNATING", "LOST").indexOf(group);
	}

	private static boolean same(Object expected, Object actual) {
		if (expected == null || actual == null) {
			return expected == actual;
		}
		if (expected instanceof Boolean flag) {
			return actual instanceof Boolean b ? b.equals(flag) : ((Number) actual).intValue() == (flag ? 1 : 0);
		}
		if (expected instanceof LocalDate date) {
			return date.equals(actual instanceof java.sql.Date sql ? sql.toLocalDate() : actual);
		}
		if (expected instanceof Number number) {
			return new BigDecimal(number.toString()).compareTo(new BigDecimal(actual.toString())) == 0;
		}
		return expected.equals(actual);
	}

}
