package io.finseg.segment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.finseg.segment.BehaviourCondition.Activity;

/**
 * Every transaction, payment and communication as plain Java values, read with plain JDBC (one
 * table at a time, the account's customer looked up in Java): what the evaluator computes on.
 */
final class ActivityRows {

	/** One row: its customer, its day and its filterable values by field key. */
	record Row(long customerId, LocalDate day, BigDecimal amount, Map<String, String> fields) {
	}

	private final Map<Activity, List<Row>> rows = new EnumMap<>(Activity.class);

	private ActivityRows() {
	}

	static ActivityRows read(DataSource dataSource) throws SQLException {
		ActivityRows all = new ActivityRows();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			Map<Long, Long> accountOwner = new HashMap<>();
			try (ResultSet rs = statement.executeQuery("SELECT account_id, customer_id FROM account")) {
				while (rs.next()) {
					accountOwner.put(rs.getLong(1), rs.getLong(2));
				}
			}
			List<Row> transactions = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery(
					"SELECT account_id, transaction_type, category, amount, transaction_date FROM transactions")) {
				while (rs.next()) {
					Map<String, String> fields = new HashMap<>();
					fields.put("type", rs.getString(2));
					fields.put("category", rs.getString(3));
					transactions.add(new Row(accountOwner.get(rs.getLong(1)), rs.getTimestamp(5).toLocalDateTime().toLocalDate(),
							rs.getBigDecimal(4), fields));
				}
			}
			all.rows.put(Activity.TRANSACTIONS, transactions);
			List<Row> payments = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery(
					"SELECT account_id, payment_method, recipient, amount, payment_date FROM payments")) {
				while (rs.next()) {
					Map<String, String> fields = new HashMap<>();
					fields.put("method", rs.getString(2));
					fields.put("recipient", rs.getString(3));
					payments.add(new Row(accountOwner.get(rs.getLong(1)), rs.getDate(5).toLocalDate(), rs.getBigDecimal(4), fields));
				}
			}
			all.rows.put(Activity.PAYMENTS, payments);
			List<Row> communications = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery(
					"SELECT customer_id, communication_type, direction, outcome, sent_at FROM communication_log")) {
				while (rs.next()) {
					Map<String, String> fields = new HashMap<>();
					fields.put("channel", rs.getString(2));
					fields.put("direction", rs.getString(3));
					fields.put("outcome", rs.getString(4));
					communications.add(new Row(rs.getLong(1), rs.getTimestamp(5).toLocalDateTime().toLocalDate(), null, fields));
				}
			}
			all.rows.put(Activity.COMMUNICATIONS, communications);
		}
		return all;
	}

	List<Row> of(Activity activity) {
		return rows.get(activity);
	}

	/** Distinct values of a field, e.g. the recipients, to draw filters from. */
	List<String> values(Activity activity, String field) {
		return rows.get(activity).stream().map(row -> row.fields().get(field)).filter(java.util.Objects::nonNull)
			.distinct().sorted().toList();
	}

}
