package io.finseg.extract;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.extract.LoanApplicantExtract.Applicant;
import io.finseg.importer.DataImport;

/**
 * Not a test: the flat-extract benchmark of bench/extract.sh, run on demand against the empty
 * database in FINSEG_DB_URL (never by ./mvnw verify: its name matches no test pattern). Writes
 * a loan-applicant file of {@code bench.extract.rows} customers (default 1,000,000) with the
 * contracts' six custom attributes, then times the upload and the import job (convert, check,
 * write customers, write attribute values) as the mapping page starts it.
 */
@SpringBootTest(properties = "finseg.data-dir=target/bench")
class ExtractImportBenchmark extends ExtractFixture {

	@Test
	void importsAFlatExtractOfAMillionApplicants() throws Exception {
		int rows = Integer.getInteger("bench.extract.rows", 1_000_000);
		List<Applicant> applicants = LoanApplicantExtract.applicants(firstId, rows, 7);
		String file = LoanApplicantExtract.file(applicants);
		applicants = null;
		long started = System.nanoTime();
		String token = upload(file);
		long uploaded = System.nanoTime();
		ExtractMapping mapping = mapping(token, LoanApplicantExtract.SAVINGS);
		long id = extracts.start(token, mapping, "bench");
		jobs.awaitEnd(imports.get(id).jobId(), Duration.ofMinutes(30));
		long ended = System.nanoTime();
		DataImport done = imports.get(id);
		long values = jdbc.sql("SELECT COUNT(*) FROM customer_attribute").query(Long.class).single();
		System.out.printf("BENCH flat extract of %,d customers (%,d bytes, 10 columns, 6 custom attributes): upload %.1f s, "
				+ "import job %.1f s (%s), %.1f s in all, %,.0f customers/s; %,d customers and %,d attribute values stored%n",
				rows, file.length(), seconds(started, uploaded), seconds(uploaded, ended), done.status(),
				seconds(started, ended), rows / seconds(started, ended),
				jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single(), values);
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

}
