package io.finseg.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.finseg.clustering.Algorithm;
import io.finseg.clustering.RunParameters;
import io.finseg.features.FeatureSnapshot;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentRules;

/**
 * Custom attributes on a real database: declared, imported from real files in long and wide
 * form (all or nothing), counted in segments exactly as the test computes from what it wrote,
 * unknown values as docs/segments.md says, erased with the customer, flagged when protected.
 */
abstract class AttributesContract extends AttributesFixture {

	@Test
	void importsALongAndAWideFileAndCountsSegmentsExactly() throws Exception {
		declare("purpose_" + n, "Loan purpose", AttributeKind.LIST, null, "car\nfurniture\neducation", false);
		declare("duration_" + n, "Loan duration", AttributeKind.NUMBER, "months", null, false);
		declare("applied_" + n, "Applied on", AttributeKind.DATE, null, null, false);
		declare("owns_home_" + n, "Owns a home", AttributeKind.YES_NO, null, null, false);
		List<Long> customers = featureCustomers();
		Random random = new Random(Long.parseLong(n));
		Map<Long, String> purpose = new HashMap<>();
		Map<Long, Integer> duration = new HashMap<>();
		Map<Long, LocalDate> applied = new HashMap<>();
		Map<Long, Boolean> ownsHome = new HashMap<>();
		StringBuilder longFile = new StringBuilder("customer_id,key,value\n");
		StringBuilder wideFile = new StringBuilder("customer_id,duration_" + n + ",applied_" + n + ",owns_home_" + n + "\n");
		for (long id : customers) {
			if (random.nextInt(4) > 0) {
				String value = List.of("car", "furniture", "education").get(random.nextInt(3));
				purpose.put(id, value);
				longFile.append(id).append(",purpose_").append(n).append(',').append(value).append('\n');
			}
			String months = "";
			if (random.nextInt(5) > 0) {
				duration.put(id, 6 + random.nextInt(55));
				months = Integer.toString(duration.get(id));
			}
			String day = "";
			if (random.nextBoolean()) {
				applied.put(id, AS_OF.minusDays(random.nextInt(200)));
				day = applied.get(id).toString();
			}
			String yesNo = "";
			if (random.nextInt(3) > 0) {
				ownsHome.put(id, random.nextBoolean());
				yesNo = ownsHome.get(id) ? "yes" : "no";
			}
			wideFile.append(id).append(',').append(months).append(',').append(day).append(',').append(yesNo).append('\n');
		}

		assertImported(write("customer_attributes.csv", longFile));
		assertImported(write("customer_attributes_wide.csv", wideFile));

		assertThat(values("purpose_" + n, "text_value", String.class)).isEqualTo(purpose);
		assertThat(count(condition("duration_" + n, Operator.GT, "24"))).isEqualTo(
				duration.values().stream().filter(months -> months > 24).count());
		assertThat(count(condition("duration_" + n, Operator.BETWEEN, "12", "24"))).isEqualTo(
				duration.values().stream().filter(months -> months >= 12 && months <= 24).count());
		assertThat(count(condition("purpose_" + n, Operator.IN, "car", "education"))).isEqualTo(
				purpose.values().stream().filter(value -> !value.equals("furniture")).count());
		assertThat(count(condition("applied_" + n, Operator.WITHIN_LAST_DAYS, "30"))).isEqualTo(
				appliedWithin(applied.values(), 30));
		assertThat(count(condition("owns_home_" + n, Operator.EQ, "true"))).isEqualTo(
				ownsHome.values().stream().filter(yes -> yes).count());
		long carAndLong = customers.stream()
			.filter(id -> "car".equals(purpose.get(id)) && duration.getOrDefault(id, 0) > 24).count();
		assertThat(count(new RuleNode.Group(RuleNode.Logic.AND, List.of(condition("purpose_" + n, Operator.IN, "car"),
				condition("duration_" + n, Operator.GT, "24"))))).isEqualTo(carAndLong);
	}

	@Test
	void countsACustomerWithoutAValueAsUnknown() throws Exception {
		declare("tier_" + n, "Tier", AttributeKind.LIST, null, "gold\nsilver", false);
		declare("score_" + n, "Score", AttributeKind.NUMBER, null, null, false);
		List<Long> customers = featureCustomers();
		StringBuilder file = new StringBuilder("customer_id,tier_" + n + ",score_" + n + "\n");
		Set<Long> gold = new HashSet<>();
		for (int i = 0; i < 40; i++) {
			long id = customers.get(i);
			if (i % 2 == 0) {
				gold.add(id);
			}
			file.append(id).append(',').append(i % 2 == 0 ? "gold" : "silver").append(',').append(i).append('\n');
		}
		assertImported(write("customer_attributes.csv", file));

		long all = customers.size();
		assertThat(count(condition("tier_" + n, Operator.NOT_IN, "gold"))).as("not gold: silver and unknown")
			.isEqualTo(all - gold.size());
		assertThat(count(condition("tier_" + n, Operator.IS_EMPTY))).isEqualTo(all - 40);
		assertThat(count(condition("tier_" + n, Operator.IS_NOT_EMPTY))).isEqualTo(40);
		assertThat(count(condition("score_" + n, Operator.NE, "3"))).as("≠ counts the unknown too").isEqualTo(all - 1);
		assertThat(count(condition("score_" + n, Operator.LT, "1000"))).as("a comparison never matches unknown").isEqualTo(40);
	}

	@Test
	void refusesABadFileWithItsLineNumbersAndWritesNothing() throws Exception {
		declare("purpose_" + n, "Loan purpose", AttributeKind.LIST, null, "car\nfurniture", false);
		declare("duration_" + n, "Loan duration", AttributeKind.NUMBER, "months", null, false);
		List<Long> customers = featureCustomers();
		long nobody = jdbc.sql("SELECT MAX(customer_id) FROM customer").query(Long.class).single() + 1000;
		String file = "customer_id,key,value\n"
				+ customers.get(0) + ",purpose_" + n + ",car\n"
				+ nobody + ",purpose_" + n + ",car\n"
				+ customers.get(1) + ",colour_" + n + ",red\n"
				+ customers.get(2) + ",duration_" + n + ",twelve\n"
				+ customers.get(3) + ",purpose_" + n + ",boat\n";

		AttributeValuesImport.Outcome outcome = imports.importFile(write("customer_attributes.csv", file),
				"customer_attributes.csv", "admin");

		assertThat(outcome.accepted()).isFalse();
		assertThat(outcome.problems()).extracting(problem -> problem.line() + " " + problem.column() + " " + problem.messageKey())
			.containsExactlyInAnyOrder("3 customer_id attributes.import.unknownCustomer", "4 key attributes.import.unknownKey",
					"5 value attributes.import.notNumber", "6 value attributes.import.notInList");
		assertThat(storedValues("purpose_" + n) + storedValues("duration_" + n)).as("values written").isZero();

		MvcTestResult page = mvc.post().uri("/admin/attributes/import")
			.multipart().file(new MockMultipartFile("file", "customer_attributes.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(user("admin").roles("ADMIN")).exchange();
		assertThat(page).hasStatus(422);
		assertThat(page).bodyText().contains("4 problems found. Nothing was written", "There is no customer " + nobody,
				"values (car, furniture)");
	}

	@Test
	void refusesAWideFileWithAnUndeclaredColumn() throws Exception {
		declare("duration_" + n, "Loan duration", AttributeKind.NUMBER, "months", null, false);
		String file = "customer_id,duration_" + n + ",shoe_size\n" + featureCustomers().get(0) + ",12,44\n";
		AttributeValuesImport.Outcome outcome = imports.importFile(write("customer_attributes.csv", file),
				"customer_attributes.csv", "admin");
		assertThat(outcome.problems()).extracting(problem -> problem.line() + " " + problem.column())
			.containsExactly("1 shoe_size");
		assertThat(storedValues("duration_" + n)).isZero();
	}

	@Test
	void erasureRemovesTheCustomersValues() throws Exception {
		declare("duration_" + n, "Loan duration", AttributeKind.NUMBER, "months", null, false);
		List<Long> customers = featureCustomers();
		long erased = customers.get(customers.size() - 1);
		long kept = customers.get(0);
		assertImported(write("customer_attributes.csv", "customer_id,duration_" + n + "\n" + erased + ",36\n" + kept + ",12\n"));

		// Other tests in the same database may have given this customer values of their own attributes.
		long held = jdbc.sql("SELECT COUNT(*) FROM customer_attribute WHERE customer_id = :id").param("id", erased)
			.query(Long.class).single();
		assertThat(held).isPositive();
		assertThat(erasure.erase(erased)).isPresent().get()
			.satisfies(removed -> assertThat(removed.perTable()).containsEntry("customer_attribute", held));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_attribute WHERE customer_id = :id").param("id", erased)
			.query(Long.class).single()).isZero();
		assertThat(storedValues("duration_" + n)).isEqualTo(1);
	}

	@Test
	void flagsACreditOfferOnAProtectedAttributeAndReadsItsLabel() {
		declare("religion_" + n, "Religion", AttributeKind.LIST, null, "a\nb", true);
		declare("duration_" + n, "Loan duration", AttributeKind.NUMBER, "months", null, false);
		RuleNode onProtected = condition("religion_" + n, Operator.IN, "a");
		RuleNode onOther = condition("duration_" + n, Operator.GT, "24");

		assertThat(guard.flags(Purpose.CREDIT_OFFER, onProtected, null)).isTrue();
		assertThat(guard.flags(Purpose.CREDIT_OFFER, onOther, null)).isFalse();
		long segment = segments.create("On religion " + n, null, Purpose.GENERAL, "tester", onProtected);
		assertThat(guard.findings(new RuleNode.SegmentReference(segment, false), null, Locale.UK))
			.singleElement().satisfies(finding -> assertThat(finding.via()).containsExactly("On religion " + n));
		assertThat(sentences.of(onOther, id -> "", Locale.UK)).isEqualTo("Loan duration > 24 months");
	}

	@Test
	void leavesRulesWithACustomConditionToSqlWhileTheIndexAnswersTheOthers() throws InterruptedException {
		declare("duration_" + n, "Loan duration", AttributeKind.NUMBER, "months", null, false);
		RuleNode adults = new RuleNode.Condition("age", Operator.GE, List.of("18"));
		RuleNode adultsOnLongLoans = new RuleNode.Group(RuleNode.Logic.AND,
				List.of(adults, condition("duration_" + n, Operator.GT, "24")));
		SegmentRules none = id -> Optional.empty();
		FeatureSnapshot snapshot = features.current();
		for (int i = 0; i < 300 && index.members(adults, none, snapshot).isEmpty(); i++) {
			Thread.sleep(100);
		}

		assertThat(index.members(adults, none, snapshot)).as("the index answers the features' attributes").isPresent();
		assertThat(index.members(adultsOnLongLoans, none, snapshot)).as("and leaves custom conditions to SQL").isEmpty();
	}

	@Test
	void clustersOnACustomNumberAndFlagsARunOnAProtectedOne() throws Exception {
		declare("duration_" + n, "Loan duration", AttributeKind.NUMBER, "months", null, false);
		declare("risk_" + n, "Risk class", AttributeKind.NUMBER, null, null, true);
		List<Long> customers = featureCustomers();
		StringBuilder file = new StringBuilder("customer_id,duration_" + n + ",risk_" + n + "\n");
		for (int i = 0; i < customers.size(); i++) {
			file.append(customers.get(i)).append(',').append(i % 2 == 0 ? 12 : 48).append(',').append(i % 3).append('\n');
		}
		assertImported(write("customer_attributes.csv", file));

		long run = clustering.start(new RunParameters(Algorithm.KMEANS, 2, null, null,
				List.of("income", "custom.duration_" + n), null, 100_000, 4, 100), "tester");
		jobs.awaitEnd(clustering.get(run).jobId(), Duration.ofSeconds(120));
		long onProtected = clustering.start(new RunParameters(Algorithm.KMEANS, 2, null, null,
				List.of("income", "custom.risk_" + n), null, 100_000, 4, 100), "tester");
		jobs.awaitEnd(clustering.get(onProtected).jobId(), Duration.ofSeconds(120));

		assertThat(clustering.get(run).completed()).isTrue();
		assertThat(clustering.get(run).trainedOnProtected()).isFalse();
		assertThat(clustering.get(onProtected).trainedOnProtected()).isTrue();
		assertThat(mvc.get().uri("/clustering/" + run).with(user("ann").roles("ANALYST"))).hasStatusOk().bodyText()
			.contains("Loan duration");
		assertThat(mvc.get().uri("/clustering/new").with(user("ann").roles("ANALYST"))).bodyText()
			.contains("value=\"custom.duration_" + n + "\"");
	}

	/** Within the last days of the features' as-of date, which another test on a shared database may have moved. */
	private long appliedWithin(java.util.Collection<LocalDate> days, int last) {
		LocalDate asOf = features.current().asOf();
		return days.stream().filter(day -> !day.isBefore(asOf.minusDays(last)) && !day.isAfter(asOf)).count();
	}

}
