package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.jobs.Jobs;
import io.finseg.segment.pages.SegmentOverlap;

/**
 * The segment engine against an independent evaluator, and its refusals, on every database: each
 * random rule counted three ways (the segment index, SQL, the evaluator).
 */
abstract class SegmentEngineContract {

	@Autowired
	SegmentService segments;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SegmentOverlap overlap;

	@Test
	void countsWhatTheDocumentedSemanticsCountForFiveHundredRandomRules() throws Exception {
		List<Map<String, Object>> rows = featureRows();
		Map<Long, RuleNode> saved = new HashMap<>();
		RandomRules simple = new RandomRules(1, rows, List.of());
		for (int i = 0; i < 3; i++) {
			RuleNode rule = simple.tree(2);
			long id = segments.create("Random " + System.nanoTime(), null, Purpose.GENERAL, "tester", rule);
			saved.put(id, rule);
		}
		RuleEvaluator evaluator = new RuleEvaluator(saved::get);
		RandomRules random = new RandomRules(42, rows, new ArrayList<>(saved.keySet()));
		FeatureSnapshot snapshot = features.current();
		List<String> wrong = new ArrayList<>();
		int nonTrivial = 0;
		for (int i = 0; i < 500; i++) {
			RuleNode rule = random.tree(0);
			long expected = rows.stream().filter(row -> evaluator.matches(rule, row)).count();
			SegmentCount bySql = segments.countBySql(rule, null);
			Optional<IndexedCounts.IndexedMembers> indexed = segments.indexed(rule, snapshot);
			if (indexed.isEmpty()) {
				wrong.add("rule %d: the index gave no answer: %s".formatted(i, RuleJson.write(rule)));
				continue;
			}
			SegmentCount byIndex = indexed.get().count();
			if (bySql.customers() != expected || !byIndex.equals(bySql)) {
				wrong.add("rule %d: SQL %s, index %s, evaluator %d: %s".formatted(i, bySql, byIndex, expected, RuleJson.write(rule)));
			}
			if (i % 10 == 0 && !indexed.get().consentBreakdown().equals(segments.consentBreakdownBySql(rule, null))) {
				wrong.add("rule %d: consent breakdown SQL %s, index %s".formatted(i, segments.consentBreakdownBySql(rule, null),
						indexed.get().consentBreakdown()));
			}
			if (i % 10 == 0 && !indexed.get().first(20).equals(segments.members(rule, null, 0, 20))) {
				wrong.add("rule %d: first members SQL %s, index %s".formatted(i, segments.members(rule, null, 0, 20),
						indexed.get().first(20)));
			}
			nonTrivial += expected > 0 && expected < rows.size() ? 1 : 0;
		}
		assertThat(wrong).isEmpty();
		// How many random rules select some but not all customers depends on who else is in the
		// database (the full suite shares it): 246 of 500 were seen after other tests; 200 still says the rules mean something.
		assertThat(nonTrivial).as("rules that split the customers").isGreaterThan(200);
	}

	@Test
	void overlapOfEightRandomSegmentsFromTheIndexIsTheOverlapBySql() throws Exception {
		List<Map<String, Object>> rows = featureRows();
		RandomRules random = new RandomRules(7, rows, List.of());
		List<Segment> chosen = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			chosen.add(segments.get(segments.create("Overlap " + i + " " + System.nanoTime(), null, Purpose.GENERAL, "tester",
					random.tree(1))));
		}
		assertThat(chosen).allSatisfy(segment -> assertThat(segments.indexed(segment.rule(), features.current())).isPresent());
		long[][] byIndex = overlap.of(chosen).counts();
		long[][] bySql = overlap.bySql(chosen).counts();
		assertThat(byIndex).isDeepEqualTo(bySql);
		assertThat(bySql[0][0]).isEqualTo(segments.countBySql(chosen.get(0).rule(), chosen.get(0).id()).customers());
	}

	@Test
	void countsContactableMembersWithTheConsentRule() throws Exception {
		List<Map<String, Object>> rows = featureRows();
		RuleNode everyone = new RuleNode.Group(RuleNode.Logic.OR,
				List.of(new RuleNode.Condition("products_count", Operator.IS_NOT_EMPTY, List.of())));
		SegmentCount count = segments.count(everyone, null);
		assertThat(count.customers()).isEqualTo(rows.size());
		assertThat(count.email()).isEqualTo(rows.stream().filter(r -> Boolean.TRUE.equals(r.get("contactable_email"))).count());
	}

	@Test
	void namesTheConditionAndWhatIsWrongWithIt() {
		RuleNode rule = new RuleNode.Group(RuleNode.Logic.AND, List.of(
				new RuleNode.Condition("age", Operator.GE, List.of("30")),
				new RuleNode.Group(RuleNode.Logic.OR, List.of(new RuleNode.Condition("colour", Operator.EQ, List.of("red"))))));
		assertThatThrownBy(() -> segments.count(rule, null)).isInstanceOfSatisfying(RuleException.class, e -> {
			assertThat(e.messageKey()).isEqualTo("segment.problem.unknownAttribute");
			assertThat(e.path()).isEqualTo("1.0");
		});
		assertProblem(new RuleNode.Condition("has_mortgage", Operator.GT, List.of("true")), "segment.problem.operatorNotAllowed");
		assertProblem(new RuleNode.Condition("age", Operator.GE, List.of("thirty")), "segment.problem.notWholeNumber");
		assertProblem(new RuleNode.Condition("life_stage", Operator.EQ, List.of("PIRATE")), "segment.problem.notAllowedValue");
		assertProblem(new RuleNode.Condition("age", Operator.BETWEEN, List.of("30")), "segment.problem.valueCount");
		assertProblem(new RuleNode.Group(RuleNode.Logic.AND, List.of()), "segment.problem.emptyGroup");
		assertProblem(new RuleNode.SegmentReference(987_654_321L, false), "segment.problem.unknownSegment");
		RuleNode deep = new RuleNode.Condition("age", Operator.GE, List.of("1"));
		for (int i = 0; i < 11; i++) {
			deep = new RuleNode.Group(RuleNode.Logic.AND, List.of(deep));
		}
		assertProblem(deep, "segment.problem.tooDeep");
	}

	@Test
	void refusesSelfReferencesAndCycles() {
		RuleNode adults = new RuleNode.Condition("age", Operator.GE, List.of("18"));
		long a = segments.create("A " + System.nanoTime(), null, Purpose.GENERAL, "tester", adults);
		long b = segments.create("B " + System.nanoTime(), null, Purpose.GENERAL, "tester", new RuleNode.SegmentReference(a, false));
		Segment segmentA = segments.get(a);
		assertThatThrownBy(() -> segments.update(a, segmentA.version(), segmentA.name(), null, Purpose.GENERAL,
				new RuleNode.SegmentReference(a, false), "tester"))
			.isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo("segment.problem.selfReference"));
		assertThatThrownBy(() -> segments.update(a, segmentA.version(), segmentA.name(), null, Purpose.GENERAL,
				new RuleNode.SegmentReference(b, false), "tester"))
			.isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo("segment.problem.cycle"));
		assertThat(segments.get(a).rule()).isEqualTo(adults);
	}

	@Test
	void countsAReferencedSegmentAsItIsNowWhenChangedHereOrElsewhereOrDeleted() throws Exception {
		List<Map<String, Object>> rows = featureRows();
		RuleNode adults = new RuleNode.Condition("age", Operator.GE, List.of("18"));
		RuleNode seniors = new RuleNode.Condition("age", Operator.GE, List.of("65"));
		RuleNode young = new RuleNode.Condition("age", Operator.LT, List.of("30"));
		long referenced = segments.create("Referenced " + System.nanoTime(), null, Purpose.GENERAL, "tester", adults);
		RuleNode inIt = new RuleNode.SegmentReference(referenced, false);
		assertThat(segments.count(inIt, null).customers()).isEqualTo(segments.count(adults, null).customers());

		Segment read = segments.get(referenced);
		segments.update(referenced, read.version(), read.name(), null, Purpose.GENERAL, seniors, "tester");
		assertThat(segments.count(inIt, null).customers()).isEqualTo(segments.count(seniors, null).customers())
			.isNotEqualTo(segments.count(adults, null).customers());

		// Another instance saves through its own repository: only the row in the database changes.
		jdbc.sql("UPDATE segment SET rule_json = :rule, version = version + 1 WHERE id = :id")
			.param("rule", RuleJson.write(young))
			.param("id", referenced)
			.update();
		assertThat(segments.count(inIt, null).customers()).isEqualTo(segments.count(young, null).customers())
			.isEqualTo(rows.stream().filter(row -> row.get("age") instanceof BigDecimal age && age.intValue() < 30).count());

		segments.delete(referenced, segments.get(referenced).version());
		assertProblem(inIt, "segment.problem.unknownSegment");
	}

	@Test
	void refusesAStaleUpdateAndKeepsTheOtherChange() {
		long id = segments.create("Stale " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("age", Operator.GE, List.of("18")));
		Segment read = segments.get(id);
		RuleNode theirs = new RuleNode.Condition("age", Operator.GE, List.of("21"));
		segments.update(id, read.version(), read.name(), "theirs", Purpose.RETENTION, theirs, "someone");
		assertThatThrownBy(() -> segments.update(id, read.version(), read.name(), "mine", Purpose.GENERAL,
				new RuleNode.Condition("age", Operator.GE, List.of("65")), "tester"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Segment kept = segments.get(id);
		assertThat(kept.rule()).isEqualTo(theirs);
		assertThat(kept.description()).isEqualTo("theirs");
		assertThat(kept.updatedBy()).isEqualTo("someone");
	}

	@Test
	void loadsRulesSavedInTheFirstFormat() {
		RuleNode rule = RuleJson.read("""
				{"schemaVersion":1,"root":{"type":"group","logic":"OR","children":[
				  {"type":"condition","attribute":"age","operator":"LT","values":["25"]},
				  {"type":"segment","segmentId":7,"negated":true}]}}""");
		assertThat(rule).isEqualTo(new RuleNode.Group(RuleNode.Logic.OR, List.of(
				new RuleNode.Condition("age", Operator.LT, List.of("25")), new RuleNode.SegmentReference(7, true))));
		assertThat(RuleJson.read(RuleJson.write(rule))).isEqualTo(rule);
		assertThatThrownBy(() -> RuleJson.read("{not json")).isInstanceOf(RuleException.class);
	}

	private void assertProblem(RuleNode rule, String key) {
		assertThatThrownBy(() -> segments.count(rule, null))
			.isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
	}

	/** Features for 400 generated customers (added to whatever the database holds), as Java values. */
	private List<Map<String, Object>> featureRows() throws InterruptedException {
		generator.generate(new GenerationRequest(400, 11, LocalDate.of(2026, 6, 30)), GenerationProgress.NONE);
		jobs.awaitEnd(features.startRebuild(LocalDate.of(2026, 6, 30), "tester"), Duration.ofSeconds(120));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> raw : jdbc.sql("SELECT * FROM " + features.current().table().tableName()).query().listOfRows()) {
			Map<String, Object> row = new LinkedHashMap<>();
			raw.forEach((column, value) -> row.put(column.toLowerCase(), value instanceof Number n && !(value instanceof BigDecimal)
					? new BigDecimal(n.toString()) : value instanceof java.sql.Date date ? date.toLocalDate() : value));
			rows.add(row);
		}
		return rows;
	}

}
