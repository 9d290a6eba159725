package io.finseg.features;

import io.finseg.consent.Channel;
import io.finseg.consent.ConsentRule;

/**
 * The SQL that fills one chunk of customers (ids {@code :low} to {@code :high}) into a features
 * table: one INSERT … SELECT of grouped sub-queries, portable between H2 and MySQL/MariaDB,
 * RFM scores included (cut points as parameters, {@link RfmScoring}).
 * docs/features.md defines every column in words; the feature tests recompute each in Java.
 */
final class FeatureSql {

	private static final String AGE = """
			CASE WHEN c.date_of_birth IS NULL THEN NULL
			     ELSE :asOfYear - YEAR(c.date_of_birth)
			          - CASE WHEN :asOfMonth < MONTH(c.date_of_birth)
			                   OR (:asOfMonth = MONTH(c.date_of_birth) AND :asOfDay < DAY(c.date_of_birth))
			                 THEN 1 ELSE 0 END END""";

	private static final String TENURE = """
			CASE WHEN c.customer_since IS NULL THEN NULL
			     ELSE (:asOfYear * 12 + :asOfMonth) - (YEAR(c.customer_since) * 12 + MONTH(c.customer_since))
			          - CASE WHEN :asOfDay < DAY(c.customer_since) THEN 1 ELSE 0 END END""";

	/** Each customer's spending of the chunk, by transaction date; used by the fill and the RFM measures. */
	private static final String TRANSACTIONS = """
			(SELECT a.customer_id,
			    SUM(CASE WHEN t.transaction_type = 'DEBIT' AND t.transaction_date >= :from30 THEN 1 ELSE 0 END) AS count30,
			    SUM(CASE WHEN t.transaction_type = 'DEBIT' AND t.transaction_date >= :from30 THEN t.amount ELSE 0 END) AS sum30,
			    SUM(CASE WHEN t.transaction_type = 'DEBIT' AND t.transaction_date >= :from90 THEN 1 ELSE 0 END) AS count90,
			    SUM(CASE WHEN t.transaction_type = 'DEBIT' AND t.transaction_date >= :from90 THEN t.amount ELSE 0 END) AS sum90,
			    SUM(CASE WHEN t.transaction_type = 'DEBIT' AND t.transaction_date >= :from365 THEN 1 ELSE 0 END) AS count365,
			    SUM(CASE WHEN t.transaction_type = 'DEBIT' AND t.transaction_date >= :from365 THEN t.amount ELSE 0 END) AS sum365,
			    MAX(t.transaction_date) AS last_at
			  FROM transactions t JOIN account a ON a.account_id = t.account_id
			  WHERE a.customer_id BETWEEN :low AND :high AND t.transaction_date < :asOfEnd
			  GROUP BY a.customer_id)""";

	private static final String DAYS_SINCE_LAST_TX =
			"CASE WHEN tx.last_at IS NULL THEN NULL ELSE TIMESTAMPDIFF(DAY, CAST(tx.last_at AS DATE), CAST(:asOf AS DATE)) END";

	/** The RFM measures in the order of {@link RfmScoring#columns}: recency (or NEVER), frequency, monetary. */
	private static final String[] RFM_MEASURES = { "COALESCE(" + DAYS_SINCE_LAST_TX + ", " + RfmScoring.NEVER + ")",
			"COALESCE(tx.count365, 0)", "COALESCE(tx.sum365, 0)" };

	private static final String INSERT = """
			INSERT INTO %1$s (customer_id, age, age_band, life_stage, tenure_months, income, products_count,
			  has_current, has_savings, has_credit_card, has_mortgage, has_loan, has_investment,
			  total_balance, current_balance, savings_balance, credit_card_balance, mortgage_balance, loan_balance,
			  investment_balance, tx_count_30d, tx_sum_30d, tx_avg_30d, tx_count_90d, tx_sum_90d, tx_avg_90d,
			  tx_count_365d, tx_sum_365d, tx_avg_365d, days_since_last_tx, payment_count_90d, payment_sum_90d,
			  credit_score, credit_limit, credit_utilization, late_payments_12m, comms_90d, days_since_last_contact,
			  response_rate, household_size, has_online_banking, consent_status,
			  contactable_email, contactable_sms, contactable_phone, contactable_post, customer_since, last_tx_date,
			  rfm_recency, rfm_frequency, rfm_monetary, rfm_group)
			SELECT c.customer_id, c.age,
			  CASE WHEN c.age IS NULL THEN NULL WHEN c.age < 18 THEN '<18' WHEN c.age < 25 THEN '18-24'
			       WHEN c.age < 35 THEN '25-34' WHEN c.age < 45 THEN '35-44' WHEN c.age < 55 THEN '45-54'
			       WHEN c.age < 65 THEN '55-64' ELSE '65+' END,
			  CASE WHEN c.age IS NULL THEN NULL WHEN c.age < 25 THEN 'STUDENT' WHEN c.age >= 65 THEN 'RETIRED'
			       WHEN c.age < 50 AND (COALESCE(acc.has_mortgage, 0) = 1 OR COALESCE(hh.has_partner, 0) = 1) THEN 'FAMILY'
			       WHEN c.age < 40 THEN 'YOUNG_PROFESSIONAL' ELSE 'ESTABLISHED' END,
			  c.tenure_months, c.annual_income,
			  COALESCE(acc.products, 0),
			  %2$s, %3$s, %4$s, %5$s, %6$s, %7$s,
			  COALESCE(acc.total_balance, 0), COALESCE(acc.current_balance, 0), COALESCE(acc.savings_balance, 0),
			  COALESCE(acc.credit_card_balance, 0), COALESCE(acc.mortgage_balance, 0), COALESCE(acc.loan_balance, 0),
			  COALESCE(acc.investment_balance, 0),
			  COALESCE(tx.count30, 0), COALESCE(tx.sum30, 0), CASE WHEN tx.count30 > 0 THEN ROUND(tx.sum30 / tx.count30, 2) END,
			  COALESCE(tx.count90, 0), COALESCE(tx.sum90, 0), CASE WHEN tx.count90 > 0 THEN ROUND(tx.sum90 / tx.count90, 2) END,
			  COALESCE(tx.count365, 0), COALESCE(tx.sum365, 0), CASE WHEN tx.count365 > 0 THEN ROUND(tx.sum365 / tx.count365, 2) END,
			  %17$s,
			  COALESCE(pay.count90, 0), COALESCE(pay.sum90, 0),
			  cr.credit_score, cr.credit_limit, cr.credit_utilization, cr.late_payments_12m,
			  COALESCE(com.count90, 0),
			  CASE WHEN com.last_at IS NULL THEN NULL ELSE TIMESTAMPDIFF(DAY, CAST(com.last_at AS DATE), CAST(:asOf AS DATE)) END,
			  CASE WHEN com.outbound > 0 THEN ROUND(CAST(com.responded AS DECIMAL(18, 6)) / com.outbound, 4) END,
			  1 + COALESCE(hh.others, 0),
			  CASE WHEN sec.customer_id IS NULL THEN FALSE ELSE TRUE END,
			  %8$s,
			  CASE WHEN %9$s THEN TRUE ELSE FALSE END, CASE WHEN %10$s THEN TRUE ELSE FALSE END,
			  CASE WHEN %11$s THEN TRUE ELSE FALSE END, CASE WHEN %12$s THEN TRUE ELSE FALSE END,
			  c.customer_since, CAST(tx.last_at AS DATE),
			  %15$s
			FROM (SELECT c.customer_id, c.annual_income, c.customer_since, %13$s AS age, %14$s AS tenure_months
			      FROM customer c WHERE c.customer_id BETWEEN :low AND :high) c
			LEFT JOIN (
			  SELECT a.customer_id,
			    SUM(CASE WHEN a.status <> 'CLOSED' THEN 1 ELSE 0 END) AS products,
			    MAX(CASE WHEN a.account_type = 'CURRENT' AND a.status <> 'CLOSED' THEN 1 ELSE 0 END) AS has_current,
			    MAX(CASE WHEN a.account_type = 'SAVINGS' AND a.status <> 'CLOSED' THEN 1 ELSE 0 END) AS has_savings,
			    MAX(CASE WHEN a.account_type = 'CREDIT_CARD' AND a.status <> 'CLOSED' THEN 1 ELSE 0 END) AS has_credit_card,
			    MAX(CASE WHEN a.account_type = 'MORTGAGE' AND a.status <> 'CLOSED' THEN 1 ELSE 0 END) AS has_mortgage,
			    MAX(CASE WHEN a.account_type = 'LOAN' AND a.status <> 'CLOSED' THEN 1 ELSE 0 END) AS has_loan,
			    MAX(CASE WHEN a.account_type = 'INVESTMENT' AND a.status <> 'CLOSED' THEN 1 ELSE 0 END) AS has_investment,
			    SUM(a.balance) AS total_balance,
			    SUM(CASE WHEN a.account_type = 'CURRENT' THEN a.balance ELSE 0 END) AS current_balance,
			    SUM(CASE WHEN a.account_type = 'SAVINGS' THEN a.balance ELSE 0 END) AS savings_balance,
			    SUM(CASE WHEN a.account_type = 'CREDIT_CARD' THEN a.balance ELSE 0 END) AS credit_card_balance,
			    SUM(CASE WHEN a.account_type = 'MORTGAGE' THEN a.balance ELSE 0 END) AS mortgage_balance,
			    SUM(CASE WHEN a.account_type = 'LOAN' THEN a.balance ELSE 0 END) AS loan_balance,
			    SUM(CASE WHEN a.account_type = 'INVESTMENT' THEN a.balance ELSE 0 END) AS investment_balance
			  FROM account a WHERE a.customer_id BETWEEN :low AND :high GROUP BY a.customer_id) acc
			  ON acc.customer_id = c.customer_id
			LEFT JOIN %16$s tx
			  ON tx.customer_id = c.customer_id
			LEFT JOIN (
			  SELECT a.customer_id, COUNT(*) AS count90, SUM(p.amount) AS sum90
			  FROM payments p JOIN account a ON a.account_id = p.account_id
			  WHERE a.customer_id BETWEEN :low AND :high AND p.payment_date >= :paidFrom90 AND p.payment_date <= :asOf
			  GROUP BY a.customer_id) pay
			  ON pay.customer_id = c.customer_id
			LEFT JOIN (
			  SELECT r.customer_id, r.credit_score, r.credit_limit, r.credit_utilization, r.late_payments_12m
			  FROM (SELECT ch.customer_id, ch.credit_score, ch.credit_limit, ch.credit_utilization, ch.late_payments_12m,
			          ROW_NUMBER() OVER (PARTITION BY ch.customer_id ORDER BY ch.reported_on DESC, ch.credit_id DESC) AS newest
			        FROM credit_history ch
			        WHERE ch.customer_id BETWEEN :low AND :high AND ch.reported_on <= :asOf) r
			  WHERE r.newest = 1) cr
			  ON cr.customer_id = c.customer_id
			LEFT JOIN (
			  SELECT cl.customer_id,
			    SUM(CASE WHEN cl.sent_at >= :from90 THEN 1 ELSE 0 END) AS count90,
			    MAX(cl.sent_at) AS last_at,
			    SUM(CASE WHEN cl.direction = 'OUTBOUND' THEN 1 ELSE 0 END) AS outbound,
			    SUM(CASE WHEN cl.direction = 'OUTBOUND' AND cl.outcome IN ('CLICKED', 'RESPONDED') THEN 1 ELSE 0 END) AS responded
			  FROM communication_log cl
			  WHERE cl.customer_id BETWEEN :low AND :high AND cl.sent_at < :asOfEnd
			  GROUP BY cl.customer_id) com
			  ON com.customer_id = c.customer_id
			LEFT JOIN (
			  SELECT h.customer_id, COUNT(DISTINCT h.other_id) AS others,
			    MAX(CASE WHEN h.kind IN ('SPOUSE', 'PARTNER') THEN 1 ELSE 0 END) AS has_partner
			  FROM (SELECT customer1_id AS customer_id, customer2_id AS other_id, relationship_type AS kind FROM relationships
			        WHERE customer1_id BETWEEN :low AND :high AND relationship_type IN ('SPOUSE', 'PARTNER', 'PARENT', 'CHILD')
			        UNION ALL
			        SELECT customer2_id, customer1_id, relationship_type FROM relationships
			        WHERE customer2_id BETWEEN :low AND :high AND relationship_type IN ('SPOUSE', 'PARTNER', 'PARENT', 'CHILD')) h
			  GROUP BY h.customer_id) hh
			  ON hh.customer_id = c.customer_id
			LEFT JOIN security sec ON sec.customer_id = c.customer_id
			LEFT JOIN compliance cp ON cp.customer_id = c.customer_id""";

	private FeatureSql() {
	}

	/** The INSERT … SELECT for one chunk into {@code table}, one of the two fixed features tables. */
	static String fillChunk(FeatureTable table) {
		return INSERT.formatted(table.tableName(), flag("has_current"), flag("has_savings"), flag("has_credit_card"),
				flag("has_mortgage"), flag("has_loan"), flag("has_investment"), ConsentRule.statusExpression("cp"),
				ConsentRule.contactable(Channel.EMAIL, "cp"), ConsentRule.contactable(Channel.SMS, "cp"),
				ConsentRule.contactable(Channel.PHONE, "cp"), ConsentRule.contactable(Channel.POST, "cp"), AGE,
				TENURE, RfmScoring.columns(RFM_MEASURES[0], RFM_MEASURES[1], RFM_MEASURES[2]), TRANSACTIONS,
				DAYS_SINCE_LAST_TX);
	}

	/** The three RFM measures of each customer of the chunk, computed exactly as the fill computes them. */
	static String rfmMeasures() {
		return "SELECT %s, %s, %s FROM customer c LEFT JOIN %s tx ON tx.customer_id = c.customer_id WHERE c.customer_id BETWEEN :low AND :high"
			.formatted(RFM_MEASURES[0], RFM_MEASURES[1], RFM_MEASURES[2], TRANSACTIONS);
	}

	private static String flag(String column) {
		return "CASE WHEN COALESCE(acc." + column + ", 0) = 1 THEN TRUE ELSE FALSE END";
	}

}
