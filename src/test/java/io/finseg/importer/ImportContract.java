package io.finseg.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.finseg.jobs.Jobs;

/** Uploading real CSV files through the import page, on every database. */
abstract class ImportContract {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Jobs jobs;

	@Autowired
	ImportService service;

	@Autowired
	DataImportRepository imports;

	@Autowired
	ImportRecovery recovery;

	/** How this database takes the rows, as the job says it: "with LOAD DATA LOCAL INFILE", .... */
	abstract String writeMethodInWords();

	@Test
	void writesEveryRowOfAGoodUploadAndAuditsIt() throws Exception {
		CsvExtract extract = new CsvExtract(300);
		DataImport done = uploadAndWait(extract.files());

		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.rowsWritten()).isEqualTo(extract.rows());
		assertThat(count("customer", "customer_id", extract)).isEqualTo(300);
		assertThat(count("compliance", "customer_id", extract)).isEqualTo(300);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM transactions WHERE import_id = :id").param("id", done.id())
			.query(Long.class).single()).isEqualTo(600);
		assertThat(jdbc.sql("SELECT name FROM customer WHERE customer_id = :id").param("id", extract.base)
			.query(String.class).single()).isEqualTo("Doe, Jane 0");
		assertThat(jdbc.sql("SELECT notes FROM transactions WHERE transaction_id = :id").param("id", 2L * extract.base)
			.query(String.class).single()).as("formula text stays text").isEqualTo("=SUM(A1)");
		assertThat(jdbc.sql("SELECT balance FROM account WHERE account_id = :id").param("id", extract.base)
			.query(Double.class).single()).as("negative balances are allowed").isEqualTo(-120.50);
		assertThat(jdbc.sql("SELECT details FROM audit_log WHERE action = 'DATA_IMPORTED' AND target_id = :id")
			.param("id", Long.toString(done.id())).query(String.class).single()).contains("customer=300", "transactions=600");
		assertThat(jobs.find(done.jobId()).orElseThrow().message())
			.isEqualTo(String.format(java.util.Locale.ENGLISH, "Imported %,d rows %s", extract.rows(), writeMethodInWords()));
	}

	@Test
	void oneBadLineInAThousandCustomersWritesNothingAndSaysWhere() throws Exception {
		CsvExtract extract = new CsvExtract(1000).set("customer.csv", 501, 5, "1980-02-30");
		DataImport rejected = uploadAndWait(extract.files());

		assertThat(rejected.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(rejected.problemsTotal()).isEqualTo(1);
		assertThat(imports.problems(rejected.id())).singleElement()
			.satisfies(problem -> {
				assertThat(problem.fileName()).isEqualTo("customer.csv");
				assertThat(problem.line()).isEqualTo(501);
				assertThat(problem.column()).isEqualTo("date_of_birth");
			});
		assertThat(count("customer", "customer_id", extract)).isZero();
		assertThat(count("account", "customer_id", extract)).isZero();
		assertThat(page(rejected.id())).contains("customer.csv", "501", "date_of_birth",
				"&quot;1980-02-30&quot; is not a date in the form YYYY-MM-DD.", "Nothing was written");
	}

	@Test
	void explainsBadValuesInWords() throws Exception {
		CsvExtract extract = new CsvExtract(5).set("customer.csv", 2, 3, "07700 900123")
			.set("transactions.csv", 2, 3, "-5.00")
			.set("account.csv", 3, 2, "GOLD")
			.set("compliance.csv", 4, 2, "maybe")
			.set("account.csv", 4, 1, "999999999");
		DataImport rejected = uploadAndWait(extract.files());

		assertThat(imports.problems(rejected.id())).extracting(ImportProblem::fileName, ImportProblem::line,
				ImportProblem::column, ImportProblem::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple("customer.csv", 2L, "phone", "import.value.notPhone"),
					org.assertj.core.groups.Tuple.tuple("transactions.csv", 2L, "amount", "import.value.outOfRange"),
					org.assertj.core.groups.Tuple.tuple("account.csv", 3L, "account_type", "import.value.notAllowed"),
					org.assertj.core.groups.Tuple.tuple("compliance.csv", 4L, "consent_given", "import.value.notBoolean"),
					org.assertj.core.groups.Tuple.tuple("account.csv", 4L, "customer_id", "import.reference.missing"));
	}

	@Test
	void saysWhatIsWrongWithAFileAsAWhole() throws Exception {
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("customer.csv", "customer_id,name\r\n1,Zo\u00eb\r\n".getBytes(StandardCharsets.ISO_8859_1));
		files.put("account.csv", new byte[0]);
		files.put("payments.csv", "payment_id,account_id,amount,payment_date,colour\r\n".getBytes(StandardCharsets.UTF_8));
		files.put("relationships.csv", "relationship_id,customer1_id,relationship_type\r\n".getBytes(StandardCharsets.UTF_8));
		files.put("communication_log.csv", ("log_id,customer_id,communication_type,sent_at,summary\r\n1,1,EMAIL,2026-01-01 10:00:00,"
				+ "x".repeat(20_000) + "\r\n").getBytes(StandardCharsets.UTF_8));
		files.put("Security.csv", "security_id\r\n".getBytes(StandardCharsets.UTF_8));
		DataImport rejected = upload(files);

		assertThat(rejected.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(imports.problems(rejected.id())).extracting(ImportProblem::fileName, ImportProblem::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple("Security.csv", "import.upload.securityNotImported"));

		Map<String, byte[]> withoutSecurity = new java.util.LinkedHashMap<>(files);
		withoutSecurity.remove("Security.csv");
		DataImport checked = uploadAndWait(withoutSecurity);
		assertThat(imports.problems(checked.id())).extracting(ImportProblem::fileName, ImportProblem::column,
				ImportProblem::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple("customer.csv", null, "import.file.notUtf8"),
					org.assertj.core.groups.Tuple.tuple("account.csv", null, "import.file.empty"),
					org.assertj.core.groups.Tuple.tuple("payments.csv", "colour", "import.header.unknownColumn"),
					org.assertj.core.groups.Tuple.tuple("relationships.csv", "customer2_id", "import.header.missingColumn"),
					org.assertj.core.groups.Tuple.tuple("communication_log.csv", "summary", "import.value.tooLong"));
	}

	@Test
	void refusesIdsThatAreAlreadyInFinSeg() throws Exception {
		CsvExtract extract = new CsvExtract(3);
		assertThat(uploadAndWait(extract.files()).status()).isEqualTo(ImportStatus.DONE);
		DataImport again = uploadAndWait(extract.files());
		assertThat(again.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(imports.problems(again.id())).extracting(ImportProblem::messageKey)
			.contains("import.id.exists", "import.compliance.exists");
	}

	@Test
	void acceptsAZipOfTheFiles() throws Exception {
		CsvExtract extract = new CsvExtract(20);
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
			for (Map.Entry<String, byte[]> file : extract.files().entrySet()) {
				zip.putNextEntry(new ZipEntry("extract/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		DataImport done = uploadAndWait(Map.of("extract.zip", zipped.toByteArray()));
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(count("customer", "customer_id", extract)).isEqualTo(20);
	}

	@Test
	void aWriteFailureHalfWayLeavesNoRowOfTheImport(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		CsvExtract extract = new CsvExtract(2500);
		Map<ImportTable, Path> files = filesIn(folder, extract);
		long id = imports.create("customer.csv", "tester", LocalDateTime.now());

		FailingJobContext context = new FailingJobContext(2000);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.process(id, files, context))
			.isInstanceOf(IllegalStateException.class);

		assertThat(context.lastRowsWritten()).as("it failed after writing").isGreaterThanOrEqualTo(2000);
		assertThat(count("customer", "customer_id", extract)).isZero();
		assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
	}

	@Test
	void aRowTheDatabaseRefusesAfterTheCheckLeavesNoRowOfTheImport(@org.junit.jupiter.api.io.TempDir Path folder)
			throws Exception {
		CsvExtract extract = new CsvExtract(2500);
		Map<ImportTable, Path> files = filesIn(folder, extract);
		long id = imports.create("customer.csv", "tester", LocalDateTime.now());
		int otherCustomer = extract.base + extract.customers + 5;
		int lastCompliance = extract.base + extract.customers - 1;
		// Another writer takes the id of the last consent record once the upload has been checked.
		FailingJobContext context = FailingJobContext.whenWritingStarts(() -> {
			jdbc.sql("INSERT INTO customer (customer_id, name) VALUES (:id, 'Someone Else')").param("id", otherCustomer)
				.update();
			jdbc.sql("""
					INSERT INTO compliance (compliance_id, customer_id, consent_given, regulatory_requirements_met,
					email_opt_in, sms_opt_in, phone_opt_in, post_opt_in, do_not_contact)
					VALUES (:id, :customer, TRUE, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE)""")
				.param("id", lastCompliance).param("customer", otherCustomer).update();
		});

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.process(id, files, context))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);

		assertThat(context.writingMessage()).isEqualTo("import.job.writing" + "." + writeMethodKey());
		assertThat(count("customer", "customer_id", extract)).isZero();
		assertThat(count("transactions", "account_id", extract)).isZero();
		assertThat(count("compliance", "compliance_id", extract)).as("only the other writer's record").isEqualTo(1);
		assertThat(jdbc.sql("SELECT name FROM customer WHERE customer_id = :id").param("id", otherCustomer)
			.query(String.class).single()).isEqualTo("Someone Else");
		assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
	}

	/** The last part of the writing message's key: loadData, batched or refused. */
	abstract String writeMethodKey();

	@Test
	void removesTheRowsOfAnImportCutOffByARestart() throws Exception {
		CsvExtract extract = new CsvExtract(10);
		DataImport done = uploadAndWait(extract.files());
		jdbc.sql("UPDATE data_import SET status = 'WRITING' WHERE id = :id").param("id", done.id()).update();

		recovery.removeImportsCutOffByARestart();

		assertThat(count("customer", "customer_id", extract)).isZero();
		assertThat(count("compliance", "customer_id", extract)).isZero();
		assertThat(imports.find(done.id()).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
	}

	@Test
	void offersATemplatePerTable() {
		assertThat(mvc.get().uri("/admin/import/templates/credit_history.csv").with(user("boss").roles("ADMIN")))
			.hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"credit_history.csv\"")
			.bodyText()
			.isEqualTo("credit_id,customer_id,credit_score,credit_limit,payment_history,credit_utilization,reported_on,late_payments_12m\r\n");
		assertThat(mvc.get().uri("/admin/import/templates/security.csv").with(user("boss").roles("ADMIN"))).hasStatus(404);
	}

	private static Map<ImportTable, Path> filesIn(Path folder, CsvExtract extract) throws IOException {
		Map<ImportTable, Path> files = new java.util.EnumMap<>(ImportTable.class);
		for (Map.Entry<String, byte[]> file : extract.files().entrySet()) {
			Path path = folder.resolve(file.getKey());
			Files.write(path, file.getValue());
			files.put(ImportTable.forFileName(file.getKey()).orElseThrow(), path);
		}
		return files;
	}

	private DataImport uploadAndWait(Map<String, byte[]> files) throws Exception {
		DataImport started = upload(files);
		if (started.jobId() != null) {
			jobs.awaitEnd(started.jobId(), Duration.ofSeconds(60));
		}
		return imports.find(started.id()).orElseThrow();
	}

	private DataImport upload(Map<String, byte[]> files) {
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart("/admin/import");
		files.forEach((name, bytes) -> request.file(new MockMultipartFile("files", name, "text/csv", bytes)));
		MvcTestResult result = mvc.perform(request.with(csrf()).with(user("importer").roles("ADMIN")));
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		return imports.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
	}

	private String page(long id) throws IOException {
		return mvc.get().uri("/admin/import/" + id).with(user("boss").roles("ADMIN")).exchange().getResponse()
			.getContentAsString();
	}

	private long count(String table, String customerColumn, CsvExtract extract) {
		return jdbc.sql("SELECT COUNT(*) FROM %s WHERE %s BETWEEN :low AND :high".formatted(table, customerColumn))
			.param("low", extract.base)
			.param("high", extract.base + extract.customers - 1)
			.query(Long.class)
			.single();
	}

	static List<String> lines(byte[] bytes) {
		return List.of(new String(bytes, StandardCharsets.UTF_8).split("\r\n"));
	}

}
