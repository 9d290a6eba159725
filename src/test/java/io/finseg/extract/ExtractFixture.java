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
 * What the extract contracts share: six attributes declared with keys of their own per test, a
 * range of customer ids of its own, the mapping an admin makes on the page, stored values.
 */
abstract class ExtractFixture {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 10_000));

	@Autowired
	ExtractImport extracts;

	@Autowired
	ImportService imports;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SegmentService segments;

	@Autowired
	FeatureService features;

	String n;

	long firstId;

	@BeforeEach
	void attributes() {
		n = Integer.toString(NEXT.incrementAndGet());
		firstId = 1_500_000_000L + Long.parseLong(n) * 100;
		declare("purpose_" + n, "Loan purpose", "LIST", String.join("\n", LoanApplicantExtract.PURPOSES));
		declare("duration_" + n, "Loan duration", "NUMBER", null);
		declare("savings_" + n, "Savings band", "LIST", "under_100\n100_to_500\n500_to_1000\nover_1000");
		declare("housing_" + n, "Housing", "LIST", String.join("\n", LoanApplicantExtract.HOUSING));
		declare("dependants_" + n, "Dependants", "NUMBER", null);
		declare("balance_" + n, "Balance in the extract", "NUMBER", null);
	}

	void assertNothingWritten() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE customer_id BETWEEN :a AND :b").param("a", firstId)
			.param("b", firstId + 99).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_attribute WHERE attribute_key LIKE :k").param("k", "%\\_" + n)
			.query(Long.class).single()).isZero();
	}

	String upload(String content) throws Exception {
		return extracts.upload(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "loan_applicants.csv");
	}

	/** The mapping an admin makes on the page: each column chosen, value maps typed as text. */
	ExtractMapping mapping(String token, Map<String, String> savings) {
		List<String> header = extracts.sample(token).header();
		List<String> targets = List.of("customer:customer_id", "customer:name", "attribute:balance_" + n,
				"attribute:purpose_" + n, "attribute:duration_" + n, "customer:occupation", "attribute:savings_" + n,
				"attribute:housing_" + n, "attribute:dependants_" + n, "customer:marital_status");
		List<String> valueMaps = header.stream().map(column -> switch (column) {
			case "Savings" -> text(savings);
			case "Personal status" -> text(LoanApplicantExtract.STATUS);
			default -> "";
		}).toList();
		return new MappingForm(targets, valueMaps, "").toMapping(header);
	}

	private static String text(Map<String, String> map) {
		return map.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("\n"));
	}

	DataImport importAndWait(String token, ExtractMapping mapping) throws InterruptedException {
		long id = extracts.start(token, mapping, "admin");
		jobs.awaitEnd(imports.get(id).jobId(), Duration.ofSeconds(60));
		return imports.get(id);
	}

	static String cell(ExtractPreview preview, int row, String target) {
		int column = preview.headings().stream().map(ExtractPreview.Heading::target).toList().indexOf(target);
		return preview.rows().get(row).cells().get(column).value();
	}

	Map<Long, String> texts(String key) {
		Map<Long, String> values = new HashMap<>();
		jdbc.sql("SELECT customer_id, text_value FROM customer_attribute WHERE attribute_key = :key").param("key", key)
			.query(rs -> {
				values.put(rs.getLong(1), rs.getString(2));
			});
		return values;
	}

	static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	Map<Long, String> numbers(String key) {
		Map<Long, String> values = new HashMap<>();
		jdbc.sql("SELECT customer_id, number_value FROM customer_attribute WHERE attribute_key = :key").param("key", key)
			.query(rs -> {
				values.put(rs.getLong(1), plain(rs.getBigDecimal(2)));
			});
		return values;
	}

	private void declare(String key, String label, String type, String listValues) {
		jdbc.sql("""
				INSERT INTO attribute_definition (attribute_key, label, attribute_type, group_name, list_values, is_protected,
				  version, created_by, created_at)
				VALUES (:key, :label, :type, 'Loan', :values, FALSE, 0, 'admin', :at)""")
			.param("key", key).param("label", label).param("type", type).param("values", listValues)
			.param("at", LocalDateTime.of(2026, 6, 1, 9, 0)).update();
	}

	static RuleNode.Condition condition(String key, Operator operator, String... values) {
		return new RuleNode.Condition("custom." + key, operator, List.of(values));
	}

}
