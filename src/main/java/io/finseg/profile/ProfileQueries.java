package io.finseg.profile;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.finseg.profile.CustomerProfile.Account;
import io.finseg.profile.CustomerProfile.Activity;
import io.finseg.profile.CustomerProfile.Consent;
import io.finseg.profile.CustomerProfile.Contact;
import io.finseg.profile.CustomerProfile.Credit;
import io.finseg.profile.CustomerProfile.Details;
import io.finseg.profile.CustomerProfile.Payment;
import io.finseg.profile.CustomerProfile.Relative;

/** The reads behind a profile: one small query per part, each by the customer's id. */
@Repository
class ProfileQueries {

	static final int ACTIVITY_PAGE = 20;

	private final JdbcClient jdbc;

	ProfileQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Details> details(long id) {
		return jdbc.sql("""
				SELECT name, email, phone, address, date_of_birth, identification_number, region, postcode, country,
				       annual_income, occupation, marital_status, customer_since FROM customer WHERE customer_id = :id""")
			.param("id", id)
			.query((rs, row) -> new Details(rs.getString("name"), rs.getString("email"), rs.getString("phone"),
					rs.getString("address"), rs.getObject("date_of_birth", LocalDate.class),
					mask(rs.getString("identification_number")), rs.getString("region"), rs.getString("postcode"),
					rs.getString("country"), rs.getBigDecimal("annual_income"), rs.getString("occupation"),
					rs.getString("marital_status"), rs.getObject("customer_since", LocalDate.class)))
			.optional();
	}

	boolean exists(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM customer WHERE customer_id = :id").param("id", id).query(Long.class).single() > 0;
	}

	List<Account> accounts(long id) {
		return jdbc.sql("""
				SELECT account_id, account_type, balance, status, opened_on FROM account
				WHERE customer_id = :id ORDER BY account_type, account_id""")
			.param("id", id)
			.query((rs, row) -> new Account(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

	/** A page of transactions, newest first, with one more than a page to tell whether more follow. */
	List<Activity> activity(long id, int page) {
		return jdbc.sql("""
				SELECT t.transaction_date, t.transaction_type, t.amount, t.category, t.notes, a.account_type
				FROM transactions t JOIN account a ON a.account_id = t.account_id
				WHERE a.customer_id = :id
				ORDER BY t.transaction_date DESC, t.transaction_id DESC LIMIT :limit OFFSET :offset""")
			.param("id", id)
			.param("limit", ACTIVITY_PAGE + 1)
			.param("offset", page * ACTIVITY_PAGE)
			.query((rs, row) -> new Activity(time(rs.getTimestamp(1)), rs.getString(2), rs.getBigDecimal(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	List<Payment> payments(long id) {
		return jdbc.sql("""
				SELECT p.payment_date, p.recipient, p.amount, p.payment_method
				FROM payments p JOIN account a ON a.account_id = p.account_id
				WHERE a.customer_id = :id ORDER BY p.payment_date DESC, p.payment_id DESC LIMIT 10""")
			.param("id", id)
			.query((rs, row) -> new Payment(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBigDecimal(3),
					rs.getString(4)))
			.list();
	}

	List<Credit> credit(long id) {
		return jdbc.sql("""
				SELECT reported_on, credit_score, credit_limit, credit_utilization, late_payments_12m FROM credit_history
				WHERE customer_id = :id ORDER BY reported_on DESC, credit_id DESC""")
			.param("id", id)
			.query((rs, row) -> new Credit(rs.getObject(1, LocalDate.class), (Integer) rs.getObject(2, Integer.class),
					rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getObject(5, Integer.class)))
			.list();
	}

	List<Contact> contacts(long id) {
		return jdbc.sql("""
				SELECT sent_at, communication_type, direction, outcome, summary FROM communication_log
				WHERE customer_id = :id ORDER BY sent_at DESC, log_id DESC LIMIT 20""")
			.param("id", id)
			.query((rs, row) -> new Contact(time(rs.getTimestamp(1)), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	Optional<Consent> consent(long id) {
		return jdbc.sql("""
				SELECT consent_given, regulatory_requirements_met, email_opt_in, sms_opt_in, phone_opt_in, post_opt_in,
				       do_not_contact, updated_at FROM compliance WHERE customer_id = :id""")
			.param("id", id)
			.query((rs, row) -> new Consent(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
					rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), time(rs.getTimestamp(8))))
			.optional();
	}

	/** Linked customers in either direction, once each, with what they are to this customer. */
	List<Relative> household(long id) {
		Map<Long, Relative> relatives = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT o.customer_id, o.name, r.relationship_type, CASE WHEN r.customer1_id = :id THEN 1 ELSE 0 END AS mine
				FROM relationships r JOIN customer o
				  ON o.customer_id = CASE WHEN r.customer1_id = :id THEN r.customer2_id ELSE r.customer1_id END
				WHERE r.customer1_id = :id OR r.customer2_id = :id
				ORDER BY o.customer_id, r.relationship_id""")
			.param("id", id)
			.query((rs, row) -> {
				String name = rs.getString(2);
				String role = roleOfOther(rs.getString(3), rs.getInt(4) == 1);
				Relative known = relatives.computeIfAbsent(rs.getLong(1), other -> new Relative(other, name, new ArrayList<>()));
				if (!known.roles().contains(role)) {
					known.roles().add(role);
				}
				return known;
			})
			.list();
		return List.copyOf(relatives.values());
	}

	Map<String, Object> features(String table, long id) {
		return jdbc.sql("SELECT * FROM %s WHERE customer_id = :id".formatted(table)).param("id", id).query()
			.listOfRows().stream().findFirst().map(row -> {
				Map<String, Object> lower = new LinkedHashMap<>();
				row.forEach((column, value) -> lower.put(column.toLowerCase(), value));
				return lower;
			}).orElse(Map.of());
	}

	/** Spending (debits) per calendar month from {@code from} (a first of month) for 24 months. */
	Map<String, BigDecimal> monthlySpend(long id, LocalDate from) {
		Map<String, BigDecimal> months = new LinkedHashMap<>();
		for (int i = 0; i < 24; i++) {
			months.put(from.plusMonths(i).toString().substring(0, 7), BigDecimal.ZERO);
		}
		jdbc.sql("""
				SELECT YEAR(t.transaction_date), MONTH(t.transaction_date), SUM(t.amount)
				FROM transactions t JOIN account a ON a.account_id = t.account_id
				WHERE a.customer_id = :id AND t.transaction_type = 'DEBIT'
				  AND t.transaction_date >= :from AND t.transaction_date < :to
				GROUP BY YEAR(t.transaction_date), MONTH(t.transaction_date)""")
			.param("id", id)
			.param("from", from.atStartOfDay())
			.param("to", from.plusMonths(24).atStartOfDay())
			.query((rs, row) -> months.put("%04d-%02d".formatted(rs.getInt(1), rs.getInt(2)), rs.getBigDecimal(3)))
			.list();
		return months;
	}

	private static String roleOfOther(String type, boolean thisIsFirst) {
		if (!thisIsFirst) {
			return type;
		}
		return switch (type) {
			case "PARENT" -> "CHILD";
			case "CHILD" -> "PARENT";
			default -> type;
		};
	}

	/** Only the last three characters of an identification number: enough to tell two apart. */
	static String mask(String identification) {
		if (identification == null || identification.length() <= 3) {
			return identification == null ? null : "•••";
		}
		return "•••••" + identification.substring(identification.length() - 3);
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

}
