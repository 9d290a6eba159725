package io.finseg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.datagen.GenerationResult;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;

/**
 * Generated customers written out as CSV files, removed, and imported again: the same rows per
 * table and the same customer features as the original (online banking aside: Security is
 * never imported).
 */
abstract class RoundTripContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	/** Which rows of each table belong to customers {@code :low}–{@code :high}. */
	private static final Map<ImportTable, String> ROWS_OF = new LinkedHashMap<>();

	static {
		String accounts = "account_id IN (SELECT account_id FROM account WHERE customer_id BETWEEN :low AND :high)";
		ROWS_OF.put(ImportTable.CUSTOMER, "customer_id BETWEEN :low AND :high");
		ROWS_OF.put(ImportTable.ACCOUNT, "customer_id BETWEEN :low AND :high");
		ROWS_OF.put(ImportTable.TRANSACTIONS, accounts);
		ROWS_OF.put(ImportTable.PAYMENTS, accounts);
		ROWS_OF.put(ImportTable.CREDIT_HISTORY, "customer_id BETWEEN :low AND :high");
		ROWS_OF.put(ImportTable.RELATIONSHIPS, "customer1_id BETWEEN :low AND :high");
		ROWS_OF.put(ImportTable.COMMUNICATION_LOG, "customer_id BETWEEN :low AND :high");
		ROWS_OF.put(ImportTable.COMPLIANCE, "customer_id BETWEEN :low AND :high");
	}

	@Autowired
	DataGenerator generator;

	@Autowired
	ImportService imports;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importingExportedGeneratedDataGivesTheSameRowsAndFeatures() throws Exception {
		GenerationResult generated = generator.generate(new GenerationRequest(200, 99, AS_OF), GenerationProgress.NONE);
		long low = generated.firstCustomerId();
		long high = low + generated.customers() - 1;
		List<Map<String, Object>> before = featuresOf(low, high);
		assertThat(before).hasSize(200);
		Map<ImportTable, Long> countsBefore = counts(low, high);
		assertThat(countsBefore.values()).allSatisfy(count -> assertThat(count).isPositive());
		List<MultipartFile> files = new ArrayList<>();
		for (ImportTable table : ImportTable.values()) {
			files.add(new MockMultipartFile("files", table.fileName(), "text/csv", csv(table, low, high)));
		}

		remove(low, high);
		assertThat(counts(low, high).get(ImportTable.CUSTOMER)).isZero();
		long id = imports.upload(files, "tester");
		jobs.awaitEnd(imports.get(id).jobId(), Duration.ofSeconds(60));
		assertThat(imports.problems(id)).isEmpty();
		assertThat(imports.get(id).status()).isEqualTo(ImportStatus.DONE);

		assertThat(counts(low, high)).isEqualTo(countsBefore);
		List<Map<String, Object>> after = featuresOf(low, high);
		assertThat(after).hasSize(before.size());
		for (int i = 0; i < before.size(); i++) {
			assertThat(comparable(after.get(i))).isEqualTo(comparable(before.get(i)));
		}
	}

	private List<Map<String, Object>> featuresOf(long low, long high) throws InterruptedException {
		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(60));
		return jdbc.sql("SELECT * FROM %s WHERE customer_id BETWEEN :low AND :high ORDER BY customer_id"
			.formatted(features.current().table().tableName())).param("low", low).param("high", high).query().listOfRows();
	}

	/** Row values as text, without the one feature an import cannot carry over. */
	private static Map<String, String> comparable(Map<String, Object> row) {
		Map<String, String> values = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			if (!column.equalsIgnoreCase("has_online_banking")) {
				values.put(column.toLowerCase(), value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
						: String.valueOf(value));
			}
		});
		return values;
	}

	private Map<ImportTable, Long> counts(long low, long high) {
		Map<ImportTable, Long> counts = new LinkedHashMap<>();
		ROWS_OF.forEach((table, condition) -> counts.put(table, jdbc.sql("SELECT COUNT(*) FROM %s WHERE %s"
			.formatted(table.tableName(), condition)).param("low", low).param("high", high).query(Long.class).single()));
		return counts;
	}

	private byte[] csv(ImportTable table, long low, long high) throws IOException {
		List<String> columns = table.columns().stream().map(ImportColumn::name).toList();
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get().print(out)) {
			for (Map<String, Object> row : jdbc.sql("SELECT %s FROM %s WHERE %s".formatted(String.join(", ", columns),
					table.tableName(), ROWS_OF.get(table))).param("low", low).param("high", high).query().listOfRows()) {
				List<String> values = new ArrayList<>();
				for (String column : columns) {
					Object value = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
					values.add(value == null ? "" : value instanceof Timestamp t ? t.toLocalDateTime().toString()
							: value instanceof BigDecimal d ? d.toPlainString() : value.toString());
				}
				printer.printRecord(values);
			}
		}
		return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void remove(long low, long high) {
		for (String sql : List.of(
				"DELETE FROM transactions WHERE account_id IN (SELECT account_id FROM account WHERE customer_id BETWEEN :low AND :high)",
				"DELETE FROM payments WHERE account_id IN (SELECT account_id FROM account WHERE customer_id BETWEEN :low AND :high)",
				"DELETE FROM credit_history WHERE customer_id BETWEEN :low AND :high",
				"DELETE FROM relationships WHERE customer1_id BETWEEN :low AND :high OR customer2_id BETWEEN :low AND :high",
				"DELETE FROM communication_log WHERE customer_id BETWEEN :low AND :high",
				"DELETE FROM compliance WHERE customer_id BETWEEN :low AND :high",
				"DELETE FROM security WHERE customer_id BETWEEN :low AND :high",
				"DELETE FROM account WHERE customer_id BETWEEN :low AND :high",
				"DELETE FROM customer WHERE customer_id BETWEEN :low AND :high")) {
			jdbc.sql(sql).param("low", low).param("high", high).update();
		}
	}

}
