package io.finseg.datagen;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The life-stage rules of docs/data.md, as the SQL given there, run on the test's database. */
final class LifeStageRules {

	/** Copied from docs/data.md; a test compares the two. */
	static final String SQL = """
			SELECT c.customer_id,
			       CASE
			         WHEN c.date_of_birth IS NULL THEN NULL
			         WHEN c.date_of_birth > :born25 THEN 'STUDENT'
			         WHEN c.date_of_birth <= :born65 THEN 'RETIRED'
			         WHEN c.date_of_birth > :born50
			              AND (EXISTS (SELECT 1 FROM account a
			                           WHERE a.customer_id = c.customer_id AND a.account_type = 'MORTGAGE')
			                   OR EXISTS (SELECT 1 FROM relationships r
			                              WHERE r.customer1_id = c.customer_id
			                                AND r.relationship_type IN ('SPOUSE', 'PARTNER'))) THEN 'FAMILY'
			         WHEN c.date_of_birth > :born40 THEN 'YOUNG_PROFESSIONAL'
			         ELSE 'ESTABLISHED'
			       END AS life_stage
			FROM customer c""";

	private LifeStageRules() {
	}

	static Map<Integer, LifeStage> derive(JdbcClient jdbc, long first, long last, LocalDate asOf) {
		Map<Integer, LifeStage> stages = new HashMap<>();
		jdbc.sql(SQL + " WHERE c.customer_id BETWEEN :first AND :last")
			.param("born25", asOf.minusYears(25))
			.param("born40", asOf.minusYears(40))
			.param("born50", asOf.minusYears(50))
			.param("born65", asOf.minusYears(65))
			.param("first", first)
			.param("last", last)
			.query(rs -> {
				String stage = rs.getString(2);
				stages.put(rs.getInt(1), stage == null ? null : LifeStage.valueOf(stage));
			});
		return stages;
	}

}
