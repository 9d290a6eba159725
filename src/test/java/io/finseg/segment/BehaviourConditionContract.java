package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.BehaviourCondition.Activity;
import io.finseg.segment.BehaviourCondition.Filter;
import io.finseg.segment.BehaviourCondition.Measure;
import io.finseg.segment.BehaviourCondition.Period;
import io.finseg.segment.pages.MemberExplanation;
import io.finseg.segment.pages.SegmentWhy;

/**
 * Behavioural conditions against an independent Java evaluator over the generated rows, their
 * refusals and the injection payloads, on every database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BehaviourConditionContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@Autowired
	SegmentService segments;

	@Autowired
	MemberExplanation explanation;

	@Autowired
	RuleSentence sentences;

	@Autowired
	SegmentWhy whyPage;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	ActivityRows activity;

	List<Map<String, Object>> featureRows;

	BehaviourEvaluator evaluator;

	@BeforeAll
	void generateCustomersAndTheirActivity() throws Exception {
		generator.generate(new GenerationRequest(400, 21, AS_OF), GenerationProgress.NONE);
		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		activity = ActivityRows.read(dataSource);
		featureRows = featureRows();
		evaluator = new BehaviourEvaluator(activity, AS_OF);
	}

	@Test
	void countsWhatTheEvaluatorCountsForThreeHundredRandomBehaviouralConditions() {
		RandomBehaviour random = new RandomBehaviour(2026, activity, AS_OF);
		List<String> wrong = new ArrayList<>();
		int splitting = 0;
		for (int i = 0; i < 300; i++) {
			RuleNode rule = random.rule();
			long expected = featureRows.stream().filter(row -> evaluator.matches(rule, row)).count();
			long counted = segments.count(rule, null).customers();
			if (counted != expected) {
				wrong.add("rule %d: SQL %d, evaluator %d: %s".formatted(i, counted, expected, RuleJson.write(rule)));
			}
			splitting += expected > 0 && expected < featureRows.size() ? 1 : 0;
		}
		assertThat(wrong).isEmpty();
		assertThat(splitting).as("conditions that split the customers").isGreaterThan(150);
	}

	@Test
	void atMostIncludesCustomersWithoutAnyMatchingRow() {
		BehaviourCondition atMostOneCardPayment = new BehaviourCondition(Activity.PAYMENTS, Measure.AT_MOST, "1",
				List.of(new Filter("method", Operator.IN, List.of("CARD"))), Period.lastDays(365));
		Map<Long, BehaviourEvaluator.Tally> tallies = evaluator.tally(atMostOneCardPayment);
		List<Long> withoutAny = featureRows.stream().map(row -> ((Number) row.get("customer_id")).longValue())
			.filter(id -> !tallies.containsKey(id)).toList();
		assertThat(withoutAny).as("customers with no card payment in the year").isNotEmpty();
		List<Long> members = segments.members(atMostOneCardPayment, null, 0, 1_000_000);
		assertThat(members).containsAll(withoutAny);
		assertThat(members).hasSize((int) featureRows.stream().filter(row -> evaluator.matches(atMostOneCardPayment, row)).count());
		BehaviourCondition atLeastZero = new BehaviourCondition(Activity.COMMUNICATIONS, Measure.AT_LEAST, "0",
				List.of(new Filter("outcome", Operator.IN, List.of("COMPLAINT"))), Period.lastDays(7));
		assertThat(segments.count(atLeastZero, null).customers()).isEqualTo(featureRows.size());
	}

	@Test
	void countsPaymentsInTheLastNinetyDaysAsTheFeaturesDo() {
		for (int n = 1; n <= 4; n++) {
			BehaviourCondition behaviour = new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, Integer.toString(n),
					List.of(), Period.lastDays(90));
			RuleNode feature = new RuleNode.Condition("payment_count_90d", Operator.GE, List.of(Integer.toString(n)));
			assertThat(segments.count(behaviour, null).customers()).as("at least %d payments", n)
				.isEqualTo(segments.count(feature, null).customers());
		}
		BehaviourCondition debits = new BehaviourCondition(Activity.TRANSACTIONS, Measure.AT_LEAST, "3",
				List.of(new Filter("type", Operator.IN, List.of("DEBIT"))), Period.lastDays(365));
		assertThat(segments.count(debits, null).customers())
			.isEqualTo(segments.count(new RuleNode.Condition("tx_count_365d", Operator.GE, List.of("3")), null).customers());
	}

	@Test
	void whyShowsEachMembersMatchingCount() {
		BehaviourCondition cardPayments = new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "2", List.of(), Period.ever());
		Map<Long, BehaviourEvaluator.Tally> tallies = evaluator.tally(cardPayments);
		Segment saved = segments.get(segments.create("Two payments " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				cardPayments));
		for (long member : segments.members(cardPayments, null, 0, 5)) {
			assertThat(whyPage.of(saved, member, id -> "", Locale.UK).lines()).singleElement().satisfies(line -> {
				assertThat(line.text()).isEqualTo("at least 2 payments");
				assertThat(line.observed()).isEqualTo("this customer has %d".formatted(tallies.get(member).count()));
			});
			List<MemberExplanation.ConditionResult> why = explanation.explain(cardPayments, null, member);
			assertThat(why).singleElement().satisfies(result -> {
				assertThat(result.met()).isTrue();
				assertThat(result.observed().count()).isEqualTo(tallies.get(member).count());
				assertThat(result.observed().total()).isEqualByComparingTo(tallies.get(member).total());
			});
		}
	}

	@Test
	void readsNaturallyInWords() {
		BehaviourCondition cardPayments = new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "3",
				List.of(new Filter("method", Operator.IN, List.of("CARD"))), Period.lastDays(90));
		assertThat(sentences.of(cardPayments, id -> "", Locale.UK)).isEqualTo("at least 3 card payments in the last 90 days");
		BehaviourCondition travel = new BehaviourCondition(Activity.TRANSACTIONS, Measure.TOTAL_AT_LEAST, "1500",
				List.of(new Filter("category", Operator.IN, List.of("TRAVEL")), new Filter("amount", Operator.GE, List.of("50"))),
				Period.between("2026-01-01", "2026-03-31"));
		assertThat(sentences.of(travel, id -> "", Locale.UK))
			.isEqualTo("a total of at least £1,500 of travel transactions where amount ≥ £50 between 1 Jan 2026 and 31 Mar 2026");
		BehaviourCondition complaints = new BehaviourCondition(Activity.COMMUNICATIONS, Measure.AT_MOST, "1",
				List.of(new Filter("outcome", Operator.IN, List.of("COMPLAINT", "NO_RESPONSE"))), Period.ever());
		assertThat(sentences.of(complaints, id -> "", Locale.UK))
			.isEqualTo("at most 1 communication where outcome in (complaint, no response)");
	}

	@Test
	void keepsBehaviouralConditionsInTheSavedFormat() {
		RandomBehaviour random = new RandomBehaviour(7, activity, AS_OF);
		for (int i = 0; i < 50; i++) {
			RuleNode rule = random.rule();
			assertThat(RuleJson.read(RuleJson.write(rule))).isEqualTo(rule);
		}
		BehaviourCondition card = new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "3",
				List.of(new Filter("method", Operator.IN, List.of("CARD"))), Period.lastDays(90));
		long id = segments.create("Card payers " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Group(RuleNode.Logic.AND, List.of(card, new RuleNode.Condition("age", Operator.GE, List.of("30")))));
		assertThat(segments.get(id).rule()).isEqualTo(
				new RuleNode.Group(RuleNode.Logic.AND, List.of(card, new RuleNode.Condition("age", Operator.GE, List.of("30")))));
		assertThatThrownBy(() -> RuleJson.read("""
				{"schemaVersion":1,"root":{"type":"behaviour","activity":"LOANS","measure":"AT_LEAST","threshold":"1"}}"""))
			.isInstanceOfSatisfying(RuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("segment.problem.behaviour.unknownActivity"));
	}

	@Test
	void refusesWhatIsNotOnTheListInWords() {
		assertProblem(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "3", new Filter("password_hash", Operator.IN, List.of("x"))),
				"segment.problem.behaviour.unknownField");
		assertProblem(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "3", new Filter("category", Operator.IN, List.of("TRAVEL"))),
				"segment.problem.behaviour.unknownField");
		assertProblem(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "3", new Filter("method", Operator.LT, List.of("CARD"))),
				"segment.problem.operatorNotAllowed");
		assertProblem(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "3", new Filter("method", Operator.IN, List.of("CASH"))),
				"segment.problem.notAllowedValue");
		assertProblem(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "3", new Filter("amount", Operator.BETWEEN, List.of("5"))),
				"segment.problem.valueCount");
		assertProblem(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "3", new Filter("amount", Operator.GE, List.of("lots"))),
				"segment.problem.notNumber");
		assertProblem(behaviour(Activity.COMMUNICATIONS, Measure.TOTAL_AT_LEAST, "10"), "segment.problem.behaviour.noAmount");
		assertProblem(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "three"), "segment.problem.notWholeNumber");
		assertProblem(behaviour(Activity.PAYMENTS, Measure.AT_MOST, "-1"), "segment.problem.behaviour.negative");
		assertProblem(new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "1", List.of(), Period.lastDays(0)),
				"segment.problem.behaviour.days");
		assertProblem(new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "1", List.of(),
				Period.between("2026-05-01", "2026-04-01")), "segment.problem.behaviour.datesReversed");
		assertProblem(new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "1", List.of(),
				Period.between("yesterday", "2026-04-01")), "segment.problem.notDate");
		RuleNode nested = new RuleNode.Group(RuleNode.Logic.OR, List.of(new RuleNode.Condition("age", Operator.GE, List.of("30")),
				behaviour(Activity.TRANSACTIONS, Measure.AT_LEAST, "1", new Filter("notes", Operator.CONTAINS, List.of("x")))));
		assertThatThrownBy(() -> segments.count(nested, null)).isInstanceOfSatisfying(RuleException.class, e -> {
			assertThat(e.messageKey()).isEqualTo("segment.problem.behaviour.unknownField");
			assertThat(e.path()).isEqualTo("1");
		});
	}

	@Test
	void bindsInjectionPayloadsInFilterValuesAndRefusesThemAsNames() {
		String tables = "SELECT COUNT(*) FROM customer";
		long customersBefore = jdbc.sql(tables).query(Long.class).single();
		CompiledRule reference = segments.check(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "2",
				new Filter("recipient", Operator.CONTAINS, List.of("x")),
				new Filter("method", Operator.IN, List.of("CARD"))), null);
		List<String> accepted = new ArrayList<>();
		for (String payload : InjectionPayloads.all()) {
			BehaviourCondition recipient = behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "2",
					new Filter("recipient", Operator.CONTAINS, List.of(payload)), new Filter("method", Operator.IN, List.of("CARD")));
			try {
				CompiledRule compiled = segments.check(recipient, null);
				assertThat(compiled.condition()).isEqualTo(reference.condition());
				long expected = featureRows.stream().filter(row -> evaluator.matches(recipient, row)).count();
				assertThat(segments.count(recipient, null).customers()).as(payload).isEqualTo(expected);
				accepted.add(payload);
			}
			catch (RuleException refused) {
				assertThat(refused.messageKey()).isIn("segment.problem.valueMissing", "segment.problem.textTooLong");
			}
			assertRefused(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "2", new Filter(payload, Operator.IN, List.of("CARD"))));
			assertRefused(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, "2", new Filter("method", Operator.IN, List.of(payload))));
			if (!isWholeNumber(payload)) {
				assertRefused(behaviour(Activity.PAYMENTS, Measure.AT_LEAST, payload));
			}
		}
		assertThat(accepted).hasSizeGreaterThan(InjectionPayloads.all().size() / 2);
		assertThat(jdbc.sql(tables).query(Long.class).single()).isEqualTo(customersBefore);
	}

	private static boolean isWholeNumber(String text) {
		try {
			return Long.parseLong(text.trim()) >= 0;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private void assertRefused(BehaviourCondition condition) {
		assertThatThrownBy(() -> segments.count(condition, null)).isInstanceOf(RuleException.class);
	}

	private static BehaviourCondition behaviour(Activity activity, Measure measure, String threshold, Filter... filters) {
		return new BehaviourCondition(activity, measure, threshold, List.of(filters), Period.lastDays(90));
	}

	private void assertProblem(RuleNode rule, String key) {
		assertThatThrownBy(() -> segments.count(rule, null))
			.isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
	}

	/** The features of every customer, as Java values, for the feature conditions of a rule. */
	private List<Map<String, Object>> featureRows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> raw : jdbc.sql("SELECT * FROM " + features.current().table().tableName()).query().listOfRows()) {
			Map<String, Object> row = new LinkedHashMap<>();
			raw.forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT), value instanceof Number n
					&& !(value instanceof BigDecimal) ? new BigDecimal(n.toString())
							: value instanceof java.sql.Date date ? date.toLocalDate() : value));
			rows.add(row);
		}
		return rows;
	}

}
