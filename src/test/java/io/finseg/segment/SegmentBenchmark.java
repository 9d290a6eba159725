package io.finseg.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.features.FeatureService;

/**
 * Not a test: the segment benchmark of bench/segments.sh, run on demand against the database in
 * FINSEG_DB_URL (never by ./mvnw verify: its name matches no test pattern). Prints median and
 * p95 of a segment count beside the same question written by hand, and of a member page.
 */
@SpringBootTest(properties = "finseg.data-dir=target/bench")
class SegmentBenchmark {

	private static final int RUNS = 30;

	@Autowired
	SegmentService segments;

	@Autowired
	FeatureService features;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SegmentCountCache countCache;

	@Test
	void measure() {
		String table = features.current().table().tableName();
		long lapsed = segments.create("Lapsed " + System.nanoTime(), null, Purpose.RETENTION, "bench",
				new RuleNode.Condition("days_since_last_tx", Operator.GT, List.of("180")));
		RuleNode rule = fiveConditions(lapsed);
		String byHand = fiveConditionsByHand(table);
		long customers = features.current().customers();
		System.out.printf("customers %,d; segment: %,d members%n", customers, segments.count(rule, null).customers());
		// the query itself: the count kept from the run before is forgotten first
		report("segment count (5 conditions, 1 reference)", () -> {
			countCache.clear();
			return segments.count(rule, null).customers();
		});
		report("the same segment count asked again (kept per features snapshot)", () -> segments.count(rule, null).customers());
		report("the same count written by hand", () -> jdbc.sql(byHand).query((rs, row) -> rs.getLong(1)).single());

		RuleNode adults = new RuleNode.Condition("age", Operator.GE, List.of("18"));
		long members = segments.count(adults, null).customers();
		long row = Math.min(500_000, members - 51);
		long after = jdbc.sql("SELECT customer_id FROM %s WHERE age >= 18 ORDER BY customer_id LIMIT 1 OFFSET :n".formatted(table))
			.param("n", row).query(Long.class).single();
		report("member page (50) after row %,d of %,d".formatted(row, members), () -> segments.members(adults, null, after, 50).size());
	}

	/** The benchmark rule: five conditions, one of them a reference to "Lapsed", nested. */
	static RuleNode fiveConditions(long lapsed) {
		return new RuleNode.Group(RuleNode.Logic.AND, List.of(
				new RuleNode.Condition("age", Operator.GE, List.of("30")),
				new RuleNode.Group(RuleNode.Logic.OR, List.of(new RuleNode.Condition("has_mortgage", Operator.EQ, List.of("true")),
						new RuleNode.Condition("total_balance", Operator.GT, List.of("50000")))),
				new RuleNode.Condition("consent_status", Operator.EQ, List.of("CONSENTED")),
				new RuleNode.Condition("tx_count_90d", Operator.GE, List.of("3")),
				new RuleNode.SegmentReference(lapsed, true)));
	}

	/** The same question as {@link #fiveConditions} written by hand. */
	static String fiveConditionsByHand(String table) {
		return """
				SELECT COUNT(*), SUM(CASE WHEN contactable_email = TRUE THEN 1 ELSE 0 END),
				  SUM(CASE WHEN contactable_sms = TRUE THEN 1 ELSE 0 END), SUM(CASE WHEN contactable_phone = TRUE THEN 1 ELSE 0 END),
				  SUM(CASE WHEN contactable_post = TRUE THEN 1 ELSE 0 END)
				FROM %s WHERE age >= 30 AND (has_mortgage = TRUE OR total_balance > 50000) AND consent_status = 'CONSENTED'
				  AND tx_count_90d >= 3 AND (days_since_last_tx <= 180 OR days_since_last_tx IS NULL)""".formatted(table);
	}

	private static void report(String name, LongSupplier work) {
		report(name, RUNS, 0, work);
	}

	/**
	 * Runs {@code work} 3 times to warm up, then {@code runs} times, and prints median and p95 with
	 * {@code decimals} digits (whole milliseconds for bench/summary.py).
	 */
	static void report(String name, int runs, int decimals, LongSupplier work) {
		for (int i = 0; i < 3; i++) {
			work.getAsLong();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			work.getAsLong();
			times.add((System.nanoTime() - started) / 1e6);
		}
		Collections.sort(times);
		String ms = "%." + decimals + "f";
		System.out.printf("BENCH %s: median " + ms + " ms, p95 " + ms + " ms (%d runs)%n", name, times.get(runs / 2),
				times.get((int) Math.ceil(runs * 0.95) - 1), runs);
	}

}
