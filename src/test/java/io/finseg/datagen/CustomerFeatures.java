package io.finseg.datagen;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per-customer features computed in the test from the raw rows of a range of customer ids, the
 * way an analyst would: the generator's own numbers are never used.
 */
final class CustomerFeatures {

	int customerId;

	LifeStage drawnStage;

	LifeStage derivedStage;

	int age;

	double income;

	double totalBalance;

	int products;

	boolean mortgage;

	int transactions;

	double debitSum;

	int debits;

	LocalDateTime lastTransaction;

	double utilisation;

	double creditLimit;

	int creditScore;

	LocalDate latestReport;

	int outbound;

	int responses;

	boolean inHousehold;

	double meanDebit() {
		return debits == 0 ? 0 : debitSum / debits;
	}

	long recencyDays(LocalDate anchor) {
		return lastTransaction == null ? 730 : ChronoUnit.DAYS.between(lastTransaction.toLocalDate(), anchor);
	}

	double responseRate() {
		return outbound == 0 ? 0 : (double) responses / outbound;
	}

	static List<CustomerFeatures> load(JdbcClient jdbc, long first, long last, LocalDate anchor,
			IntFunction<LifeStage> drawnByIndex) {
		Map<Integer, CustomerFeatures> byId = new LinkedHashMap<>();
		jdbc.sql("SELECT customer_id, date_of_birth, annual_income FROM customer WHERE customer_id BETWEEN :first AND :last ORDER BY customer_id")
			.param("first", first).param("last", last)
			.query(rs -> {
				CustomerFeatures f = new CustomerFeatures();
				f.customerId = rs.getInt(1);
				f.age = (int) ChronoUnit.YEARS.between(rs.getObject(2, LocalDate.class), anchor);
				f.income = rs.getBigDecimal(3).doubleValue();
				f.drawnStage = drawnByIndex.apply((int) (f.customerId - first));
				byId.put(f.customerId, f);
			});
		jdbc.sql("""
				SELECT customer_id, SUM(balance), SUM(CASE WHEN status <> 'CLOSED' THEN 1 ELSE 0 END),
				       SUM(CASE WHEN account_type = 'MORTGAGE' THEN 1 ELSE 0 END)
				FROM account WHERE customer_id BETWEEN :first AND :last GROUP BY customer_id""")
			.param("first", first).param("last", last)
			.query(rs -> {
				CustomerFeatures f = byId.get(rs.getInt(1));
				f.totalBalance = rs.getBigDecimal(2).doubleValue();
				f.products = rs.getInt(3);
				f.mortgage = rs.getInt(4) > 0;
			});
		jdbc.sql("""
				SELECT a.customer_id, COUNT(*), SUM(CASE WHEN t.transaction_type = 'DEBIT' THEN t.amount ELSE 0 END),
				       SUM(CASE WHEN t.transaction_type = 'DEBIT' THEN 1 ELSE 0 END), MAX(t.transaction_date)
				FROM transactions t JOIN account a ON a.account_id = t.account_id
				WHERE a.customer_id BETWEEN :first AND :last GROUP BY a.customer_id""")
			.param("first", first).param("last", last)
			.query(rs -> {
				CustomerFeatures f = byId.get(rs.getInt(1));
				f.transactions = rs.getInt(2);
				f.debitSum = rs.getBigDecimal(3).doubleValue();
				f.debits = rs.getInt(4);
				f.lastTransaction = rs.getObject(5, LocalDateTime.class);
			});
		jdbc.sql("""
				SELECT customer_id, credit_limit, credit_utilization, credit_score, reported_on
				FROM credit_history WHERE customer_id BETWEEN :first AND :last""")
			.param("first", first).param("last", last)
			.query(rs -> {
				CustomerFeatures f = byId.get(rs.getInt(1));
				LocalDate reported = rs.getObject(5, LocalDate.class);
				if (f.latestReport == null || reported.isAfter(f.latestReport)) {
					f.latestReport = reported;
					f.creditLimit = rs.getBigDecimal(2).doubleValue();
					f.utilisation = rs.getBigDecimal(3).doubleValue();
					f.creditScore = rs.getInt(4);
				}
			});
		jdbc.sql("""
				SELECT customer_id, SUM(CASE WHEN direction = 'OUTBOUND' THEN 1 ELSE 0 END),
				       SUM(CASE WHEN direction = 'OUTBOUND' AND outcome IN ('CLICKED', 'RESPONDED') THEN 1 ELSE 0 END)
				FROM communication_log WHERE customer_id BETWEEN :first AND :last GROUP BY customer_id""")
			.param("first", first).param("last", last)
			.query(rs -> {
				CustomerFeatures f = byId.get(rs.getInt(1));
				f.outbound = rs.getInt(2);
				f.responses = rs.getInt(3);
			});
		jdbc.sql("SELECT customer1_id, customer2_id FROM relationships WHERE customer1_id BETWEEN :first AND :last")
			.param("first", first).param("last", last)
			.query(rs -> {
				byId.get(rs.getInt(1)).inHousehold = true;
				byId.get(rs.getInt(2)).inHousehold = true;
			});
		LifeStageRules.derive(jdbc, first, last, anchor)
			.forEach((id, stage) -> byId.get(id).derivedStage = stage);
		return new ArrayList<>(byId.values());
	}

}
