package io.finseg.datagen;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Consent of a range of customers: rows, refusals, and opt-ins of the young and the old. */
final class ConsentFigures {

	long rows;

	long refused;

	final double[] emailOptIns = new double[2];

	final double[] postOptIns = new double[2];

	final double[] consenting = new double[2];

	static ConsentFigures load(JdbcClient jdbc, long first, long last, LocalDate anchor) {
		ConsentFigures figures = new ConsentFigures();
		LocalDate born35 = anchor.minusYears(35);
		LocalDate born65 = anchor.minusYears(65);
		jdbc.sql("""
				SELECT k.consent_given, k.email_opt_in, k.post_opt_in, c.date_of_birth
				FROM compliance k JOIN customer c ON c.customer_id = k.customer_id
				WHERE k.customer_id BETWEEN :first AND :last""")
			.param("first", first).param("last", last)
			.query(rs -> {
				figures.rows++;
				boolean consent = rs.getBoolean(1);
				if (!consent) {
					figures.refused++;
					return;
				}
				LocalDate born = rs.getObject(4, LocalDate.class);
				int group = born.isAfter(born35) ? 0 : !born.isAfter(born65) ? 1 : -1;
				if (group >= 0) {
					figures.consenting[group]++;
					figures.emailOptIns[group] += rs.getBoolean(2) ? 1 : 0;
					figures.postOptIns[group] += rs.getBoolean(3) ? 1 : 0;
				}
			});
		return figures;
	}

	double missingShare(long customers) {
		return 1 - (double) rows / customers;
	}

	double refusedShare(long customers) {
		return (double) refused / customers;
	}

	/** Among consenting customers under 35 (young) or 65 and over. */
	double emailOptIn(boolean young) {
		int group = young ? 0 : 1;
		return emailOptIns[group] / consenting[group];
	}

	double postOptIn(boolean young) {
		int group = young ? 0 : 1;
		return postOptIns[group] / consenting[group];
	}

}
