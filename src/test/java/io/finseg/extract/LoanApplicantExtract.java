package io.finseg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A loan-applicant extract as a bank's analyst would hand it over: its own column names, banded
 * savings ("A61".."A65", A65 meaning no savings account known), marital codes, blank names and
 * balances. Each applicant is kept as a record so a test computes what FinSeg must store.
 */
final class LoanApplicantExtract {

	static final String HEADER = "Applicant ID,Full name,Balance,Purpose,Duration (months),Job,Savings,Housing,Dependants,Personal status";

	static final List<String> PURPOSES = List.of("car", "furniture", "education", "business");

	static final List<String> SAVINGS_CODES = List.of("A61", "A62", "A63", "A64", "A65");

	/** The savings value map: A65 (no savings account known) maps to blank, i.e. unknown. */
	static final Map<String, String> SAVINGS = Map.of("A61", "under_100", "A62", "100_to_500", "A63", "500_to_1000",
			"A64", "over_1000", "A65", "");

	static final List<String> STATUS_CODES = List.of("A91", "A92", "A93", "A94");

	static final Map<String, String> STATUS = Map.of("A91", "DIVORCED", "A92", "MARRIED", "A93", "SINGLE", "A94",
			"MARRIED");

	static final List<String> JOBS = List.of("skilled employee", "unskilled resident", "management", "self-employed");

	static final List<String> HOUSING = List.of("own", "rent", "for free");

	record Applicant(long id, String name, String balance, String purpose, int duration, String job, String savings,
			String housing, int dependants, String status) {

		String line() {
			return String.join(",", Long.toString(id), name, balance, purpose, Integer.toString(duration), job, savings,
					housing, Integer.toString(dependants), status);
		}

	}

	private LoanApplicantExtract() {
	}

	static List<Applicant> applicants(long firstId, int count, long seed) {
		Random random = new Random(seed);
		List<Applicant> applicants = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = random.nextInt(4) == 0 ? "" : "Applicant " + (char) ('A' + random.nextInt(26)) + i;
			String balance = random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(20_000) - 2_000) + ".50";
			applicants.add(new Applicant(firstId + i, name, balance, pick(PURPOSES, random), 6 + random.nextInt(55),
					pick(JOBS, random), pick(SAVINGS_CODES, random), pick(HOUSING, random), random.nextInt(3),
					pick(STATUS_CODES, random)));
		}
		return applicants;
	}

	static String file(List<Applicant> applicants) {
		StringBuilder file = new StringBuilder(HEADER).append('\n');
		applicants.forEach(applicant -> file.append(applicant.line()).append('\n'));
		return file.toString();
	}

	private static String pick(List<String> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

}
