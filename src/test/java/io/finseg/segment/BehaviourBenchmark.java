package io.finseg.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.features.FeatureService;
import io.finseg.segment.BehaviourCondition.Activity;
import io.finseg.segment.BehaviourCondition.Filter;
import io.finseg.segment.BehaviourCondition.Measure;
import io.finseg.segment.BehaviourCondition.Period;

/**
 * Not a test: the behavioural-condition benchmark of bench/behaviour.sh, run on demand against
 * the database in FINSEG_DB_URL (its name matches no test pattern). Prints median and p95 of a
 * count of "at least 3 card payments in the last 90 days", and of two more conditions, each
 * beside the same question written by hand.
 */
@SpringBootTest(properties = "finseg.data-dir=target/bench")
class BehaviourBenchmark {

	private static final int RUNS = 20;

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
		LocalDate asOf = features.current().asOf();
		System.out.printf("customers %,d, payments %,d, transactions %,d, as of %s%n", features.current().customers(),
				jdbc.sql("SELECT COUNT(*) FROM payments").query(Long.class).single(),
				jdbc.sql("SELECT COUNT(*) FROM transactions").query(Long.class).single(), asOf);
		compare("at least 3 card payments in the last 90 days",
				new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "3",
						List.of(new Filter("method", Operator.IN, List.of("CARD"))), Period.lastDays(90)),
				"""
				SELECT COUNT(*) FROM %s f WHERE f.customer_id IN (SELECT a.customer_id FROM payments p
				  JOIN account a ON a.account_id = p.account_id WHERE p.payment_method = 'CARD'
				  AND p.payment_date BETWEEN '%s' AND '%s' GROUP BY a.customer_id HAVING COUNT(*) >= 3)"""
					.formatted(table, asOf.minusDays(89), asOf));
		compare("at least 5 travel transactions in the last 365 days",
				new BehaviourCondition(Activity.TRANSACTIONS, Measure.AT_LEAST, "5",
						List.of(new Filter("category", Operator.IN, List.of("TRAVEL"))), Period.lastDays(365)),
				"""
				SELECT COUNT(*) FROM %s f WHERE f.customer_id IN (SELECT a.customer_id FROM transactions t
				  JOIN account a ON a.account_id = t.account_id WHERE t.category = 'TRAVEL'
				  AND t.transaction_date >= '%s' AND t.transaction_date < '%s' GROUP BY a.customer_id HAVING COUNT(*) >= 5)"""
					.formatted(table, asOf.minusDays(364), asOf.plusDays(1)));
		compare("at most 1 communication in the last 180 days",
				new BehaviourCondition(Activity.COMMUNICATIONS, Measure.AT_MOST, "1", List.of(), Period.lastDays(180)),
				"""
				SELECT COUNT(*) FROM %s f WHERE NOT EXISTS (SELECT 1 FROM communication_log c WHERE c.customer_id = f.customer_id
				  AND c.sent_at >= '%s' AND c.sent_at < '%s' HAVING COUNT(*) > 1)"""
					.formatted(table, asOf.minusDays(179), asOf.plusDays(1)));
	}

	private void compare(String name, BehaviourCondition condition, String byHand) {
		System.out.printf("%s: %,d members (by hand %,d)%n", name, segments.count(condition, null).customers(),
				jdbc.sql(byHand).query(Long.class).single());
		report(name, () -> {
			countCache.clear();
			return segments.count(condition, null).customers();
		});
		report(name + ", written by hand", () -> jdbc.sql(byHand).query(Long.class).single());
	}

	private static void report(String name, LongSupplier work) {
		for (int i = 0; i < 2; i++) {
			work.getAsLong();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long started = System.nanoTime();
			work.getAsLong();
			times.add((System.nanoTime() - started) / 1e6);
		}
		Collections.sort(times);
		System.out.printf("BENCH %s: median %.0f ms, p95 %.0f ms (%d runs)%n", name, times.get(RUNS / 2),
				times.get((int) Math.ceil(RUNS * 0.95) - 1), RUNS);
	}

}
