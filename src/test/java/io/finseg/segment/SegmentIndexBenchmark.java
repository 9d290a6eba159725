package io.finseg.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.segment.pages.SegmentOverlap;
import io.finseg.segmentindex.IndexProbe;

/**
 * Not a test: the segment index benchmark of bench/index.sh, run on demand against the database
 * in FINSEG_DB_URL (its name matches no test pattern). In one run, side by side: the index, the
 * SQL path and the hand-written SQL for the five-condition count; the overlap of 8 segments and
 * a consent breakdown, index and SQL; the index build time; its heap, from two
 * {@code jcmd GC.class_histogram}s without and with one more index.
 */
@SpringBootTest(properties = { "finseg.data-dir=target/bench", "finseg.features.rebuild-on-data-change=false",
		"finseg.features.nightly-cron=-" })
class SegmentIndexBenchmark {

	private static final int RUNS = 30;

	private static final int WARM_UP = 200;

	/** Runs of the SQL path: BENCH_SQL_RUNS, fewer at 5M customers where each takes seconds. */
	private static final int SQL_RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SQL_RUNS", "30"));

	@Autowired
	SegmentService segments;

	@Autowired
	SegmentOverlap overlap;

	@Autowired
	FeatureService features;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SegmentCountCache countCache;

	@Autowired
	ApplicationContext context;

	@Test
	void measure() throws Exception {
		IndexProbe.awaitReady(context, Duration.ofMinutes(10));
		FeatureSnapshot snapshot = features.current();
		String table = snapshot.table().tableName();
		RuleNode lapsedRule = new RuleNode.Condition("days_since_last_tx", Operator.GT, List.of("180"));
		long lapsed = segments.create("Lapsed " + System.nanoTime(), null, Purpose.RETENTION, "bench", lapsedRule);
		RuleNode rule = SegmentBenchmark.fiveConditions(lapsed);
		String byHand = SegmentBenchmark.fiveConditionsByHand(table);
		if (segments.indexed(rule, snapshot).isEmpty()) {
			throw new IllegalStateException("the index does not answer the benchmark rule");
		}
		SegmentCount indexed = segments.count(rule, null);
		SegmentCount bySql = segments.countBySql(rule, null);
		System.out.printf("customers %,d; segment: %,d members (index), %,d (SQL), same answer: %s%n", snapshot.customers(),
				indexed.customers(), bySql.customers(), indexed.equals(bySql));
		System.out.printf("heap: at most %,d MB (-Xmx)%n", Runtime.getRuntime().maxMemory() >> 20);
		// The index's loops are compiled by the JIT after a few hundred calls: warm it up first,
		// so that the figures are a running server's, as the load test's warm-up does.
		for (int i = 0; i < WARM_UP; i++) {
			segments.count(rule, null);
			segments.consentBreakdown(rule, null);
		}

		report("count (5 conditions, 1 reference): index", RUNS, () -> {
			IndexProbe.forgetKeptRules(context);
			return segments.count(rule, null).customers();
		});
		report("count (5 conditions, 1 reference): index, the same rule asked again (rows kept per index)", RUNS,
				() -> segments.count(rule, null).customers());
		SegmentRules inMemory = id -> id == lapsed ? Optional.of(lapsedRule) : Optional.empty();
		IndexedCounts index = context.getBean(IndexedCounts.class);
		report("count (5 conditions, 1 reference): index evaluation alone (no compiling, no rule read)", RUNS,
				() -> index.members(rule, inMemory, snapshot).orElseThrow().count().customers());
		report("count (5 conditions, 1 reference): SQL path", SQL_RUNS, () -> {
			countCache.clear();
			return segments.countBySql(rule, null).customers();
		});
		report("count (5 conditions, 1 reference): hand-written SQL", SQL_RUNS,
				() -> jdbc.sql(byHand).query((rs, row) -> rs.getLong(1)).single());

		List<Segment> eight = eightSegments(lapsed);
		System.out.printf("overlap: same matrix from index and SQL: %s%n",
				java.util.Arrays.deepEquals(overlap.of(eight).counts(), overlap.bySql(eight).counts()));
		for (int i = 0; i < WARM_UP / 4; i++) {
			overlap.of(eight);
		}
		report("overlap of 8 segments: index", RUNS, () -> overlap.of(eight).counts()[0][1]);
		report("overlap of 8 segments: SQL", Math.min(5, SQL_RUNS), () -> overlap.bySql(eight).counts()[0][1]);

		Map<String, Long> consentIndexed = segments.consentBreakdown(rule, null);
		System.out.printf("consent breakdown: same from index and SQL: %s %s%n",
				consentIndexed.equals(segments.consentBreakdownBySql(rule, null)), consentIndexed);
		report("consent breakdown of the segment: index", RUNS, () -> {
			IndexProbe.forgetKeptRules(context);
			return segments.consentBreakdown(rule, null).size();
		});
		report("consent breakdown of the segment: SQL path", SQL_RUNS, () -> segments.consentBreakdownBySql(rule, null).size());

		List<Double> builds = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			IndexProbe.buildAnother(context);
			builds.add((System.nanoTime() - started) / 1e9);
		}
		System.out.printf("BUILD index of %,d customers: %.1f s, %.1f s, %.1f s%n", snapshot.customers(), builds.get(0),
				builds.get(1), builds.get(2));

		long without = heapInUse();
		Object another = IndexProbe.buildAnother(context);
		long with = heapInUse();
		long rows = IndexProbe.rows(another);
		System.out.printf("MEMORY one index of %,d customers: %.1f MB by heap histogram (%d bytes per customer); "
				+ "%.1f MB counted from its arrays and bitmaps%n", rows, (with - without) / 1048576.0, (with - without) / rows,
				IndexProbe.countedBytes(another) / 1048576.0);
		Reference.reachabilityFence(another);
	}

	private List<Segment> eightSegments(long lapsed) {
		List<RuleNode> rules = List.of(new RuleNode.SegmentReference(lapsed, false),
				new RuleNode.Condition("age", Operator.BETWEEN, List.of("18", "30")),
				new RuleNode.Condition("has_mortgage", Operator.EQ, List.of("true")),
				new RuleNode.Condition("total_balance", Operator.GT, List.of("50000")),
				new RuleNode.Condition("consent_status", Operator.EQ, List.of("CONSENTED")),
				new RuleNode.Condition("life_stage", Operator.IN, List.of("FAMILY", "ESTABLISHED")),
				new RuleNode.Condition("rfm_group", Operator.NOT_IN, List.of("LOST", "HIBERNATING")),
				new RuleNode.Group(RuleNode.Logic.AND, List.of(new RuleNode.Condition("contactable_email", Operator.EQ, List.of("true")),
						new RuleNode.Condition("credit_score", Operator.GE, List.of("700")))));
		List<Segment> eight = new ArrayList<>();
		for (int i = 0; i < rules.size(); i++) {
			eight.add(segments.get(segments.create("Overlap " + i + " " + System.nanoTime(), null, Purpose.GENERAL, "bench",
					rules.get(i))));
		}
		return eight;
	}

	/** Bytes of live objects: jcmd's class histogram runs a full GC first and sums every class. */
	private static long heapInUse() throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
			.redirectErrorStream(true).start();
		long total = -1;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(jcmd.getInputStream()))) {
			for (String line; (line = out.readLine()) != null;) {
				if (line.startsWith("Total")) {
					String[] parts = line.trim().split("\\s+");
					total = Long.parseLong(parts[2]);
				}
			}
		}
		jcmd.waitFor();
		if (total < 0) {
			throw new IllegalStateException("jcmd GC.class_histogram printed no total");
		}
		return total;
	}

	private static void report(String name, int runs, LongSupplier work) {
		SegmentBenchmark.report(name, runs, 1, work);
	}

}
