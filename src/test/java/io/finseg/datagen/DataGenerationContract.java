package io.finseg.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.customer.CustomerTable;

/**
 * What must hold of 10,000 generated customers on every database FinSeg supports, checked on
 * the rows of this run's customer ids only (the test database may hold other tests' rows).
 * Subclasses pick the database; {@link GenerationRunContract} checks appending, reproducibility,
 * cancellation and the guard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DataGenerationContract {

	static final GenerationRequest REQUEST = new GenerationRequest(10_000, 42, LocalDate.of(2026, 6, 30));

	@Autowired
	DataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	GenerationResult result;

	long first;

	long last;

	List<CustomerFeatures> customers;

	@BeforeAll
	void generateTenThousandCustomers() {
		result = generator.generate(REQUEST, GenerationProgress.NONE);
		first = result.firstCustomerId();
		last = first + result.customers() - 1;
		customers = CustomerFeatures.load(jdbc, first, last, REQUEST.anchorDate(),
				index -> generator.drawnLifeStage(REQUEST, index));
	}

	@Test
	void writesEveryRequestedCustomerWithinTheRowBudget() {
		assertThat(result.customers()).isEqualTo(10_000);
		assertThat(result.cancelled()).isFalse();
		Map<CustomerTable, Double> budget = new EnumMap<>(Map.of(CustomerTable.CUSTOMER, 1.0,
				CustomerTable.ACCOUNT, 1.5, CustomerTable.TRANSACTIONS, 10.0, CustomerTable.PAYMENTS, 3.0,
				CustomerTable.CREDIT_HISTORY, 1.5, CustomerTable.SECURITY, 0.7, CustomerTable.RELATIONSHIPS, 0.5,
				CustomerTable.COMMUNICATION_LOG, 3.0, CustomerTable.COMPLIANCE, 0.9));
		budget.forEach((table, perCustomer) -> {
			double actual = (double) GeneratedRows.count(jdbc, table, first, last) / result.customers();
			assertThat(actual).as("%s rows per customer", table).isCloseTo(perCustomer, within(perCustomer * 0.2));
			assertThat(result.rows(table)).as("%s rows reported", table)
				.isEqualTo(GeneratedRows.count(jdbc, table, first, last));
		});
		assertThat((double) result.totalRows() / result.customers()).isCloseTo(21.1, within(21.1 * 0.2));
	}

	@Test
	void drawsEveryLifeStageForTenToThirtyPercentAndTheDocumentedRulesFindIt() {
		Map<LifeStage, Long> derived = customers.stream()
			.collect(Collectors.groupingBy(c -> c.derivedStage, () -> new EnumMap<>(LifeStage.class), Collectors.counting()));
		assertThat(derived).containsOnlyKeys(LifeStage.values());
		derived.forEach((stage, count) -> assertThat(count / (double) customers.size()).as("share of %s", stage)
			.isBetween(0.10, 0.30));
		assertThat(customers).allSatisfy(c -> assertThat(c.derivedStage).as("customer %d", c.customerId)
			.isEqualTo(c.drawnStage));
	}

	@Test
	void correlatesIncomeCreditUtilisationScoreAndAgeBalance() {
		assertThat(Statistics.spearman(customers, c -> c.income, c -> c.creditLimit)).isGreaterThanOrEqualTo(0.5);
		assertThat(Statistics.spearman(customers, c -> c.utilisation, c -> c.creditScore)).isLessThanOrEqualTo(-0.4);
		assertThat(Statistics.spearman(customers, c -> c.age, c -> c.totalBalance)).isGreaterThanOrEqualTo(0.3);
	}

	@Test
	void mortgageHoldersEarnAtLeastHalfAsMuchAgainAsStudents() {
		double mortgageHolders = Statistics.median(customers.stream().filter(c -> c.mortgage).mapToDouble(c -> c.income).toArray());
		double students = Statistics.median(customers.stream()
			.filter(c -> c.derivedStage == LifeStage.STUDENT)
			.mapToDouble(c -> c.income)
			.toArray());
		assertThat(mortgageHolders).isGreaterThanOrEqualTo(1.5 * students);
	}

	@Test
	void leavesConsentUnknownForSomeAndRefusedForMoreWithOptInsVaryingByAge() {
		ConsentFigures consent = ConsentFigures.load(jdbc, first, last, REQUEST.anchorDate());
		assertThat(consent.missingShare(result.customers())).isBetween(0.05, 0.15);
		assertThat(consent.refusedShare(result.customers())).isBetween(0.10, 0.30);
		assertThat(consent.emailOptIn(true)).as("e-mail opt-in under 35 vs 65 and over").isGreaterThan(consent.emailOptIn(false) + 0.15);
		assertThat(consent.postOptIn(false)).as("post opt-in 65 and over vs under 35").isGreaterThan(consent.postOptIn(true) + 0.15);
	}

	@Test
	void placesTwentyToFortyPercentOfCustomersInAHousehold() {
		double share = customers.stream().filter(c -> c.inHousehold).count() / (double) customers.size();
		assertThat(share).isBetween(0.20, 0.40);
	}

	@Test
	void spreadsTransactionsOverTwentyFourMonthsWithMoreSpendingInDecember() {
		Long outsideTheWindow = jdbc.sql("""
				SELECT COUNT(*) FROM transactions t JOIN account a ON a.account_id = t.account_id
				WHERE a.customer_id BETWEEN :first AND :last
				AND (t.transaction_date < :from OR t.transaction_date >= :dayAfterAnchor)""")
			.param("first", first).param("last", last)
			.param("from", REQUEST.anchorDate().minusMonths(24).atStartOfDay())
			.param("dayAfterAnchor", REQUEST.anchorDate().plusDays(1).atStartOfDay())
			.query(Long.class)
			.single();
		assertThat(outsideTheWindow).isZero();
		Map<YearMonth, Double> spend = GeneratedRows.monthlyDebits(jdbc, first, last);
		assertThat(spend).hasSize(24);
		double median = Statistics.median(spend.values().stream().mapToDouble(Double::doubleValue).toArray());
		List<YearMonth> decembers = spend.keySet().stream().filter(m -> m.getMonthValue() == 12).toList();
		assertThat(decembers).hasSize(2);
		decembers.forEach(december -> assertThat(spend.get(december)).as("spend in %s", december)
			.isGreaterThanOrEqualTo(1.2 * median));
	}

	@Test
	void spendsInCategoriesThatFitTheLifeStage() {
		Map<LifeStage, Map<String, Double>> shares = GeneratedRows.categoryShares(jdbc, first, last,
				index -> generator.drawnLifeStage(REQUEST, index));
		assertThat(topStage(shares, "EDUCATION")).isEqualTo(LifeStage.STUDENT);
		assertThat(topStage(shares, "CHILDCARE")).isEqualTo(LifeStage.FAMILY);
		assertThat(topStage(shares, "HEALTH")).isEqualTo(LifeStage.RETIRED);
		assertThat(topStage(shares, "TRAVEL")).isEqualTo(LifeStage.ESTABLISHED);
		assertThat(shares.get(LifeStage.STUDENT)).doesNotContainKeys("CHILDCARE", "HEALTH");
	}

	@Test
	void lifeStagesDifferFromEachOtherInAtLeastThreeBehaviours() {
		Map<String, ToDoubleFunction<CustomerFeatures>> features = new TreeMap<>(Map.of(
				"age", c -> c.age, "income", c -> c.income, "total balance", c -> c.totalBalance,
				"transactions", c -> c.transactions, "mean debit", CustomerFeatures::meanDebit,
				"recency", c -> c.recencyDays(REQUEST.anchorDate()), "utilisation", c -> c.utilisation,
				"products", c -> c.products, "response rate", CustomerFeatures::responseRate));
		Map<LifeStage, List<CustomerFeatures>> byStage = customers.stream()
			.collect(Collectors.groupingBy(c -> c.drawnStage, () -> new EnumMap<>(LifeStage.class), Collectors.toList()));
		LifeStage[] stages = LifeStage.values();
		for (int i = 0; i < stages.length; i++) {
			for (int j = i + 1; j < stages.length; j++) {
				List<CustomerFeatures> a = byStage.get(stages[i]);
				List<CustomerFeatures> b = byStage.get(stages[j]);
				List<String> differing = features.entrySet().stream().filter(feature -> {
					double sdA = Statistics.standardDeviation(a, feature.getValue());
					double sdB = Statistics.standardDeviation(b, feature.getValue());
					double pooled = Math.sqrt((sdA * sdA + sdB * sdB) / 2);
					return Math.abs(Statistics.mean(a, feature.getValue()) - Statistics.mean(b, feature.getValue())) > 0.5 * pooled;
				}).map(Map.Entry::getKey).toList();
				assertThat(differing).as("features where %s and %s differ by half a standard deviation", stages[i], stages[j])
					.hasSizeGreaterThanOrEqualTo(3);
			}
		}
	}

	@Test
	void storesOnlyLabelledHashesOfRandomBytesNeverAPassword() {
		List<String> hashes = jdbc.sql("SELECT password_hash FROM security WHERE customer_id BETWEEN :first AND :last")
			.param("first", first).param("last", last)
			.query(String.class)
			.list();
		assertThat(hashes).isNotEmpty().allMatch(hash -> hash.matches("sha256-random:[0-9a-f]{64}"));
	}

	@Test
	void keepsAtMostOneComplianceAndOneSecurityRowPerCustomerAndValidLinks() {
		for (String table : List.of("compliance", "security")) {
			Long duplicates = jdbc.sql("SELECT COUNT(*) - COUNT(DISTINCT customer_id) FROM " + table
					+ " WHERE customer_id BETWEEN :first AND :last")
				.param("first", first).param("last", last)
				.query(Long.class)
				.single();
			assertThat(duplicates).as(table).isZero();
		}
		Long selfLinks = jdbc.sql("SELECT COUNT(*) FROM relationships WHERE customer1_id = customer2_id AND customer1_id BETWEEN :first AND :last")
			.param("first", first).param("last", last)
			.query(Long.class)
			.single();
		assertThat(selfLinks).isZero();
		assertThat(customers).allSatisfy(c -> assertThat(c.products).isPositive());
	}

	private static LifeStage topStage(Map<LifeStage, Map<String, Double>> shares, String category) {
		return shares.entrySet().stream()
			.max(Comparator.comparingDouble(e -> e.getValue().getOrDefault(category, 0.0)))
			.orElseThrow()
			.getKey();
	}

}
