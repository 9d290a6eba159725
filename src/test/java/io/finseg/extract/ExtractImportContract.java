package io.finseg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.extract.LoanApplicantExtract.Applicant;
import io.finseg.features.FeatureService;
import io.finseg.importer.DataImport;
import io.finseg.importer.ImportProblem;
import io.finseg.importer.ImportService;
import io.finseg.importer.ImportStatus;
import io.finseg.jobs.Jobs;
import io.finseg.segment.Operator;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/**
 * A flat loan-applicant extract on a real database: uploaded, mapped (customer columns, custom
 * attributes, value maps), previewed, saved and re-applied by name, imported through the
 * importer's all-or-nothing check, and then checked customer by customer, value by value and by
 * a segment count against the test's own reading of the file. Bad files write nothing.
 */
abstract class ExtractImportContract extends ExtractFixture {

	@Test
	void importsAMappedExtractAndCountsASegmentOnItsAttributes() throws Exception {
		List<Applicant> applicants = LoanApplicantExtract.applicants(firstId, 60, Long.parseLong(n));
		String token = upload(LoanApplicantExtract.file(applicants));
		ExtractMapping mapping = mapping(token, LoanApplicantExtract.SAVINGS);

		ExtractPreview preview = extracts.preview(token, mapping);
		assertThat(preview.rows()).hasSize(ExtractImport.PREVIEW_ROWS);
		assertThat(preview.problems()).isZero();
		Applicant first = applicants.get(0);
		assertThat(cell(preview, 0, "name")).isEqualTo(first.name().isEmpty() ? "Customer " + first.id() : first.name());
		assertThat(cell(preview, 0, "savings_" + n)).isEqualTo(LoanApplicantExtract.SAVINGS.get(first.savings()));
		assertThat(cell(preview, 0, "marital_status")).isEqualTo(LoanApplicantExtract.STATUS.get(first.status()));

		String name = "Loan applicants '); DROP TABLE customer; -- " + n;
		long saved = extracts.save(name, mapping, "admin");
		assertThat(extracts.savedMapping(saved).name()).isEqualTo(name);
		DataImport done = importAndWait(token, extracts.mappingFor(token, saved));
		assertThat(done.status()).as("problems: %s", imports.problems(done.id())).isEqualTo(ImportStatus.DONE);

		Map<Long, String[]> stored = new HashMap<>();
		jdbc.sql("SELECT customer_id, name, occupation, marital_status FROM customer WHERE customer_id BETWEEN :a AND :b")
			.param("a", firstId).param("b", firstId + 99)
			.query(rs -> {
				stored.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
			});
		assertThat(stored).hasSize(applicants.size());
		for (Applicant applicant : applicants) {
			assertThat(stored.get(applicant.id())).containsExactly(
					applicant.name().isEmpty() ? "Customer " + applicant.id() : applicant.name(), applicant.job(),
					LoanApplicantExtract.STATUS.get(applicant.status()));
		}
		assertThat(texts("savings_" + n)).isEqualTo(applicants.stream().filter(a -> !a.savings().equals("A65"))
			.collect(Collectors.toMap(Applicant::id, a -> LoanApplicantExtract.SAVINGS.get(a.savings()))));
		assertThat(texts("purpose_" + n)).isEqualTo(applicants.stream()
			.collect(Collectors.toMap(Applicant::id, Applicant::purpose)));
		assertThat(numbers("duration_" + n)).isEqualTo(applicants.stream()
			.collect(Collectors.toMap(Applicant::id, a -> Integer.toString(a.duration()))));
		assertThat(numbers("balance_" + n)).isEqualTo(applicants.stream().filter(a -> !a.balance().isEmpty())
			.collect(Collectors.toMap(Applicant::id, a -> plain(new BigDecimal(a.balance())))));

		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		RuleNode rule = new RuleNode.Group(RuleNode.Logic.AND, List.of(
				condition("savings_" + n, Operator.IN, "under_100", "100_to_500"),
				condition("duration_" + n, Operator.GT, "24"), condition("housing_" + n, Operator.IN, "own")));
		long expected = applicants.stream().filter(a -> (a.savings().equals("A61") || a.savings().equals("A62"))
				&& a.duration() > 24 && a.housing().equals("own")).count();
		assertThat(segments.count(rule, null).customers()).isEqualTo(expected);
	}

	@Test
	void writesNothingWhenAnIdIsTwiceOrACodeIsNotInTheValueMap() throws Exception {
		List<Applicant> applicants = LoanApplicantExtract.applicants(firstId, 30, Long.parseLong(n));
		// A line with a value too few comes before the duplicate: the duplicate's line is still the file's.
		String file = LoanApplicantExtract.file(applicants) + "1,2\n" + applicants.get(3).line() + "\n";
		String token = upload(file);
		Map<String, String> withoutA64 = new HashMap<>(LoanApplicantExtract.SAVINGS);
		withoutA64.remove("A64");
		DataImport refused = importAndWait(token, mapping(token, withoutA64));

		assertThat(refused.status()).isEqualTo(ImportStatus.INVALID);
		List<ImportProblem> problems = imports.problems(refused.id());
		assertThat(problems).anySatisfy(p -> {
			assertThat(p.messageKey()).isEqualTo("import.id.duplicate");
			assertThat(p.column()).isEqualTo("Applicant ID");
			assertThat(p.line()).isEqualTo(applicants.size() + 3);
			assertThat(p.fileName()).isEqualTo("loan_applicants.csv");
		});
		long a64 = applicants.stream().filter(a -> a.savings().equals("A64")).count() +
				(applicants.get(3).savings().equals("A64") ? 1 : 0);
		assertThat(problems).anySatisfy(p -> assertThat(p.line() + " " + p.messageKey())
			.isEqualTo((applicants.size() + 2) + " import.row.valueCount"));
		assertThat(problems.stream().filter(p -> p.messageKey().equals("extract.value.notInMap"))).hasSize((int) a64)
			.allSatisfy(p -> assertThat(p.column()).isEqualTo("Savings"));
		assertNothingWritten();
	}

	@Test
	void refusesAMappingWithoutTheIdOrWithATargetOutsideTheWhitelist() throws Exception {
		List<Applicant> applicants = LoanApplicantExtract.applicants(firstId, 5, Long.parseLong(n));
		String token = upload(LoanApplicantExtract.file(applicants));
		ExtractMapping mapping = mapping(token, LoanApplicantExtract.SAVINGS);
		ExtractMapping withoutId = new ExtractMapping(mapping.columns().stream()
			.map(c -> c.target().equals("customer:customer_id") ? new ColumnMapping(c.source(), "", Map.of()) : c).toList());
		assertThatThrownBy(() -> extracts.start(token, withoutId, "admin")).isInstanceOf(MappingProblem.class)
			.hasMessage("extract.target.noId");
		ExtractMapping injected = new ExtractMapping(mapping.columns().stream()
			.map(c -> c.source().equals("Job") ? new ColumnMapping(c.source(), "customer:name = 'x'; DROP TABLE customer; --",
					Map.of()) : c).toList());
		assertThatThrownBy(() -> extracts.start(token, injected, "admin")).isInstanceOf(MappingProblem.class)
			.hasMessage("extract.target.unknown");
		assertThatThrownBy(() -> extracts.save("  ", mapping, "admin")).isInstanceOf(MappingProblem.class);
		assertNothingWritten();
	}

}
