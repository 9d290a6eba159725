package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.finseg.segment.RuleNode.Condition;
import io.finseg.segment.RuleNode.Group;
import io.finseg.segment.RuleNode.Logic;
import io.finseg.segment.RuleNode.SegmentReference;

/** The SQL and the bound values RuleCompiler gives for rule trees, and what it refuses; no Spring context. */
class RuleCompilerTest {

	private static final SegmentRules NO_SEGMENTS = id -> Optional.empty();

	private final RuleCompiler compiler = compilerWith(new StaticListableBeanFactory());

	private static RuleCompiler compilerWith(StaticListableBeanFactory clusterMemberships) {
		return new RuleCompiler(new AttributeCatalogue(), clusterMemberships.getBeanProvider(ClusterMembership.class));
	}

	private CompiledRule compile(RuleNode rule) {
		return compiler.compile(rule, NO_SEGMENTS, null);
	}

	private static Condition condition(String attribute, Operator operator, String... values) {
		return new Condition(attribute, operator, List.of(values));
	}

	private static Group all(RuleNode... children) {
		return new Group(Logic.AND, List.of(children));
	}

	private static Group any(RuleNode... children) {
		return new Group(Logic.OR, List.of(children));
	}

	@Test
	void aGroupBecomesTheConditionsJoinedWithEveryValueBoundAndTyped() {
		CompiledRule compiled = compile(all(condition("income", Operator.GE, "50000"),
				any(condition("life_stage", Operator.IN, "FAMILY", "RETIRED"), condition("has_mortgage", Operator.EQ, "true"))));

		assertThat(compiled.condition()).isEqualTo("(f.income >= :p1 AND (f.life_stage IN (:p2) OR f.has_mortgage = :p3))");
		assertThat(compiled.parameters()).isEqualTo(Map.of("p1", new BigDecimal("50000"),
				"p2", List.of("FAMILY", "RETIRED"), "p3", Boolean.TRUE));
	}

	@Test
	void notEqualAndNotInAlsoMatchEmptyValues() {
		assertThat(compile(condition("age_band", Operator.NE, "18-25")).condition())
			.isEqualTo("(f.age_band <> :p1 OR f.age_band IS NULL)");
		assertThat(compile(condition("rfm_group", Operator.NOT_IN, "LOST", "AT_RISK")).condition())
			.isEqualTo("(f.rfm_group NOT IN (:p1) OR f.rfm_group IS NULL)");
	}

	@Test
	void emptinessTestsBindNothing() {
		CompiledRule compiled = compile(all(condition("credit_score", Operator.IS_EMPTY), condition("income", Operator.IS_NOT_EMPTY)));

		assertThat(compiled.condition()).isEqualTo("(f.credit_score IS NULL AND f.income IS NOT NULL)");
		assertThat(compiled.parameters()).isEmpty();
	}

	@Test
	void betweenDatesBindsTwoDates() {
		CompiledRule compiled = compile(condition("customer_since", Operator.BETWEEN, "2020-01-01", " 2020-12-31 "));

		assertThat(compiled.condition()).isEqualTo("f.customer_since BETWEEN :p1 AND :p2");
		assertThat(compiled.parameters()).isEqualTo(Map.of("p1", LocalDate.of(2020, 1, 1), "p2", LocalDate.of(2020, 12, 31)));
	}

	@Test
	void withinTheLastDaysIsAtMostThatManyDays() {
		CompiledRule compiled = compile(condition("days_since_last_tx", Operator.WITHIN_LAST_DAYS, "30"));

		assertThat(compiled.condition()).isEqualTo("f.days_since_last_tx <= :p1");
		assertThat(compiled.parameters()).isEqualTo(Map.of("p1", 30L));
	}

	@Test
	void textSearchesEscapeTheLikeWildcards() {
		CompiledRule contains = compile(condition("age_band", Operator.CONTAINS, "5%_!"));
		CompiledRule startsWith = compile(condition("age_band", Operator.STARTS_WITH, "2"));

		assertThat(contains.condition()).isEqualTo("f.age_band LIKE CONCAT('%', :p1, '%') ESCAPE '!'");
		assertThat(contains.parameters()).isEqualTo(Map.of("p1", "5!%!_!!"));
		assertThat(startsWith.condition()).isEqualTo("f.age_band LIKE CONCAT(:p1, '%') ESCAPE '!'");
	}

	@Test
	void aPrefixNamesEveryParameterSoRulesCanShareAQuery() {
		CompiledRule compiled = compiler.compile(all(condition("age", Operator.GT, "30"), condition("age", Operator.LT, "40")),
				NO_SEGMENTS, null, "s2_");

		assertThat(compiled.condition()).isEqualTo("(f.age > :s2_p1 AND f.age < :s2_p2)");
		assertThat(compiled.parameters()).containsOnlyKeys("s2_p1", "s2_p2");
	}

	@Test
	void anotherSegmentIsInlinedAndNotInItStillCountsUnknownRows() {
		SegmentRules segments = id -> id == 5 ? Optional.of(condition("income", Operator.GE, "100000")) : Optional.empty();

		CompiledRule in = compiler.compile(all(new SegmentReference(5, false)), segments, null);
		CompiledRule notIn = compiler.compile(all(new SegmentReference(5, true)), segments, null);

		assertThat(in.condition()).isEqualTo("((f.income >= :p1))");
		assertThat(notIn.condition()).isEqualTo("(((f.income >= :p1) IS NOT TRUE))");
		assertThat(notIn.parameters()).isEqualTo(Map.of("p1", new BigDecimal("100000")));
	}

	@Test
	void aClusterConditionUsesTheMembershipQueryWithRunAndClusterBound() {
		ClusterMembership membership = new ClusterMembership() {

			@Override
			public Optional<String> membersQuery(long runId, int cluster) {
				return runId == 3 ? Optional.of("SELECT customer_id FROM cluster_assignment WHERE run_id = :run AND cluster = :cluster")
						: Optional.empty();
			}

			@Override
			public boolean trainedOnProtectedAttributes(long runId) {
				return false;
			}

		};
		RuleCompiler withClusters = compilerWith(new StaticListableBeanFactory(Map.of("membership", membership)));

		CompiledRule compiled = withClusters.compile(new RuleNode.ClusterCondition(3, 1), NO_SEGMENTS, null);

		assertThat(compiled.condition())
			.isEqualTo("f.customer_id IN (SELECT customer_id FROM cluster_assignment WHERE run_id = :p1 AND cluster = :p2)");
		assertThat(compiled.parameters()).isEqualTo(Map.of("p1", 3L, "p2", 1));
		assertProblem(() -> withClusters.compile(all(new RuleNode.ClusterCondition(4, 0)), NO_SEGMENTS, null),
				"segment.problem.unknownCluster", "0");
		assertProblem(() -> compile(new RuleNode.ClusterCondition(3, 1)), "segment.problem.unknownCluster", "");
	}

	@Test
	void aNameOutsideTheCatalogueNeverReachesTheSql() {
		assertProblem(() -> compile(all(condition("income", Operator.GE, "1"), condition("income; DROP TABLE customer", Operator.EQ, "1"))),
				"segment.problem.unknownAttribute", "1");
	}

	@Test
	void refusesOperatorsTheAttributeDoesNotAllow() {
		assertProblem(() -> compile(all(condition("income", Operator.CONTAINS, "1"))), "segment.problem.operatorNotAllowed", "0");
		assertProblem(() -> compile(all(new Condition("income", null, List.of("1")))), "segment.problem.operatorNotAllowed", "0");
	}

	@Test
	void refusesTheWrongNumberOfValues() {
		assertProblem(() -> compile(condition("age", Operator.BETWEEN, "30")), "segment.problem.valueCount", "");
		assertProblem(() -> compile(condition("age", Operator.IN)), "segment.problem.valueCount", "");
		assertProblem(() -> compile(condition("age", Operator.IS_EMPTY, "30")), "segment.problem.valueCount", "");
	}

	@Test
	void refusesValuesOfTheWrongType() {
		assertProblem(() -> compile(all(any(condition("income", Operator.GE, "a lot")))), "segment.problem.notNumber", "0.0");
		assertProblem(() -> compile(condition("age", Operator.EQ, "30.5")), "segment.problem.notWholeNumber", "");
		assertProblem(() -> compile(condition("has_loan", Operator.EQ, "yes")), "segment.problem.notBoolean", "");
		assertProblem(() -> compile(condition("customer_since", Operator.AFTER, "31/12/2020")), "segment.problem.notDate", "");
	}

	@Test
	void refusesEmptyGroupsAndTreesTooDeep() {
		assertProblem(() -> compile(all(any())), "segment.problem.emptyGroup", "0");
		RuleNode deep = condition("age", Operator.GT, "30");
		for (int level = 0; level < RuleCompiler.MAX_DEPTH; level++) {
			deep = all(deep);
		}
		RuleNode tooDeep = deep;
		assertProblem(() -> compile(tooDeep), "segment.problem.tooDeep", "0.0.0.0.0.0.0.0.0.0");
	}

	@Test
	void refusesSelfReferencesCyclesAndUnknownSegments() {
		SegmentRules segments = id -> switch ((int) id) {
			case 1 -> Optional.of(new SegmentReference(2, false));
			case 2 -> Optional.of(all(new SegmentReference(1, false)));
			default -> Optional.empty();
		};

		assertProblem(() -> compiler.compile(all(new SegmentReference(1, false)), segments, 1L), "segment.problem.selfReference", "0");
		assertProblem(() -> compiler.compile(new SegmentReference(1, false), segments, 2L), "segment.problem.cycle", "");
		assertProblem(() -> compiler.compile(all(new SegmentReference(9, true)), segments, null), "segment.problem.unknownSegment", "0");
	}

	@Test
	void aCycleInsideAnotherSegmentsRuleIsReportedOnTheReferenceAsThatSegmentInvalid() {
		SegmentRules segments = id -> id == 2 ? Optional.of(all(new SegmentReference(1, false))) : Optional.empty();

		assertThatThrownBy(() -> compiler.compile(all(new SegmentReference(2, false)), segments, 1L))
			.isInstanceOfSatisfying(RuleException.class, problem -> {
				assertThat(problem.messageKey()).isEqualTo("segment.problem.referencedSegmentInvalid");
				assertThat(problem.args()).containsExactly("2");
				assertThat(problem.path()).isEqualTo("0");
			});
	}

	private static void assertProblem(Runnable compilation, String messageKey, String path) {
		assertThatThrownBy(compilation::run).isInstanceOfSatisfying(RuleException.class, problem -> {
			assertThat(problem.messageKey()).as("message key").isEqualTo(messageKey);
			assertThat(problem.path()).as("path of the node concerned").isEqualTo(path);
		});
	}

}
