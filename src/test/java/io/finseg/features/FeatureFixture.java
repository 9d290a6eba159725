package io.finseg.features;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small seeded bank, in memory and in the database: customers with edge cases around the
 * as-of date (birthdays on the day, rows a day after it, ties between credit reports, no rows at
 * all). Ids start at a random base, so runs on the shared MariaDB test database never collide.
 */
final class FeatureFixture {

	record Customer(int id, LocalDate dob, LocalDate since, BigDecimal income) {
	}

	record Account(int id, int customer, String type, BigDecimal balance, String status) {
	}

	record Tx(long id, int account, String type, BigDecimal amount, LocalDateTime at) {
	}

	record Payment(long id, int account, BigDecimal amount, LocalDate on) {
	}

	record Credit(int id, int customer, Integer score, BigDecimal limit, BigDecimal utilization, LocalDate reportedOn,
			Integer late) {
	}

	record Relation(int id, int one, int two, String type) {
	}

	record Message(long id, int customer, LocalDateTime at, String direction, String outcome) {
	}

	record Consent(int customer, boolean given, boolean requirements, boolean email, boolean sms, boolean phone,
			boolean post, boolean doNotContact) {
	}

	static final String[] TYPES = { "CURRENT", "SAVINGS", "CREDIT_CARD", "MORTGAGE", "LOAN", "INVESTMENT" };

	static final String[] RELATIONS = { "SPOUSE", "PARTNER", "PARENT", "CHILD", "JOINT_ACCOUNT_HOLDER" };

	static final String[] OUTCOMES = { "OPENED", "CLICKED", "RESPONDED", "NO_RESPONSE", "COMPLAINT" };

	final LocalDate asOf;

	final int base = ThreadLocalRandom.current().nextInt(1, 100_000) * 1000 + 1_000_000_000;

	final List<Customer> customers = new ArrayList<>();

	final List<Account> accounts = new ArrayList<>();

	final List<Tx> transactions = new ArrayList<>();

	final List<Payment> payments = new ArrayList<>();

	final List<Credit> credits = new ArrayList<>();

	final List<Relation> relations = new ArrayList<>();

	final List<Message> messages = new ArrayList<>();

	final List<Consent> consents = new ArrayList<>();

	final List<Integer> online = new ArrayList<>();

	FeatureFixture(long seed, int size, LocalDate asOf) {
		this.asOf = asOf;
		Random random = new Random(seed);
		for (int i = 0; i < size; i++) {
			int id = base + i;
			LocalDate dob = switch (i % 10) {
				case 0 -> null;
				case 1 -> asOf.minusYears(25);
				case 2 -> asOf.minusYears(40).plusDays(1);
				case 3 -> asOf.minusYears(65);
				default -> asOf.minusDays(6_000 + random.nextInt(25_000));
			};
			LocalDate since = i % 13 == 0 ? null : asOf.minusDays(random.nextInt(9_000));
			BigDecimal income = i % 11 == 0 ? null : money(random, 5_000, 150_000);
			customers.add(new Customer(id, dob, since, income));
			int accountCount = random.nextInt(4);
			for (int a = 0; a < accountCount; a++) {
				int accountId = base + size + i * 4 + a;
				String type = TYPES[random.nextInt(TYPES.length)];
				String status = random.nextInt(6) == 0 ? "CLOSED" : random.nextInt(8) == 0 ? "DORMANT" : "ACTIVE";
				accounts.add(new Account(accountId, id, type, money(random, -50_000, 50_000), status));
				for (int t = random.nextInt(7); t > 0; t--) {
					transactions.add(new Tx(transactions.size() + 1L + 10L * base, accountId,
							random.nextInt(4) == 0 ? "CREDIT" : "DEBIT", money(random, 1, 900),
							asOf.atStartOfDay().plusMinutes(random.nextInt(24 * 60)).minusDays(random.nextInt(405) - 4)));
				}
				for (int p = random.nextInt(4); p > 0; p--) {
					payments.add(new Payment(payments.size() + 1L + 10L * base, accountId, money(random, 5, 500),
							asOf.minusDays(random.nextInt(124) - 3)));
				}
			}
			LocalDate sameDay = asOf.minusDays(random.nextInt(300));
			for (int c = random.nextInt(4); c > 0; c--) {
				LocalDate reported = random.nextInt(3) == 0 ? sameDay : asOf.minusDays(random.nextInt(410) - 10);
				credits.add(new Credit(base + credits.size() + 1, id, random.nextInt(5) == 0 ? null : 300 + random.nextInt(551),
						money(random, 0, 20_000), money(random, 0, 100), reported, random.nextInt(5)));
			}
			if (i > 0 && random.nextInt(3) == 0) {
				relations.add(new Relation(base + relations.size() + 1, id, id - 1 - random.nextInt(Math.min(i, 3)),
						RELATIONS[random.nextInt(RELATIONS.length)]));
			}
			for (int m = random.nextInt(5); m > 0; m--) {
				messages.add(new Message(messages.size() + 1L + 10L * base, id,
						asOf.atStartOfDay().plusMinutes(random.nextInt(24 * 60)).minusDays(random.nextInt(200) - 2),
						random.nextInt(3) == 0 ? "INBOUND" : "OUTBOUND", OUTCOMES[random.nextInt(OUTCOMES.length)]));
			}
			if (random.nextInt(5) > 0) {
				consents.add(new Consent(id, random.nextInt(4) > 0, random.nextInt(6) > 0, random.nextBoolean(),
						random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextInt(8) == 0));
			}
			if (random.nextBoolean()) {
				online.add(id);
			}
		}
	}

	void insert(JdbcClient jdbc) {
		customers.forEach(c -> jdbc.sql("""
				INSERT INTO customer (customer_id, name, date_of_birth, customer_since, annual_income)
				VALUES (:id, 'Feature case', :dob, :since, :income)""")
			.param("id", c.id()).param("dob", c.dob()).param("since", c.since()).param("income", c.income()).update());
		accounts.forEach(a -> jdbc.sql("""
				INSERT INTO account (account_id, customer_id, account_type, balance, status)
				VALUES (:id, :customer, :type, :balance, :status)""")
			.param("id", a.id()).param("customer", a.customer()).param("type", a.type()).param("balance", a.balance())
			.param("status", a.status()).update());
		transactions.forEach(t -> jdbc.sql("""
				INSERT INTO transactions (transaction_id, account_id, transaction_type, amount, transaction_date)
				VALUES (:id, :account, :type, :amount, :at)""")
			.param("id", t.id()).param("account", t.account()).param("type", t.type()).param("amount", t.amount())
			.param("at", t.at()).update());
		payments.forEach(p -> jdbc.sql("""
				INSERT INTO payments (payment_id, account_id, amount, payment_date) VALUES (:id, :account, :amount, :on)""")
			.param("id", p.id()).param("account", p.account()).param("amount", p.amount()).param("on", p.on()).update());
		credits.forEach(c -> jdbc.sql("""
				INSERT INTO credit_history (credit_id, customer_id, credit_score, credit_limit, credit_utilization, reported_on, late_payments_12m)
				VALUES (:id, :customer, :score, :limit, :utilization, :reported, :late)""")
			.param("id", c.id()).param("customer", c.customer()).param("score", c.score()).param("limit", c.limit())
			.param("utilization", c.utilization()).param("reported", c.reportedOn()).param("late", c.late()).update());
		relations.forEach(r -> jdbc.sql("""
				INSERT INTO relationships (relationship_id, customer1_id, customer2_id, relationship_type)
				VALUES (:id, :one, :two, :type)""")
			.param("id", r.id()).param("one", r.one()).param("two", r.two()).param("type", r.type()).update());
		messages.forEach(m -> jdbc.sql("""
				INSERT INTO communication_log (log_id, customer_id, communication_type, sent_at, direction, outcome)
				VALUES (:id, :customer, 'EMAIL', :at, :direction, :outcome)""")
			.param("id", m.id()).param("customer", m.customer()).param("at", m.at()).param("direction", m.direction())
			.param("outcome", m.outcome()).update());
		consents.forEach(c -> jdbc.sql("""
				INSERT INTO compliance (compliance_id, customer_id, consent_given, regulatory_requirements_met,
				  email_opt_in, sms_opt_in, phone_opt_in, post_opt_in, do_not_contact)
				VALUES (:id, :id, :given, :requirements, :email, :sms, :phone, :post, :dnc)""")
			.param("id", c.customer()).param("given", c.given()).param("requirements", c.requirements())
			.param("email", c.email()).param("sms", c.sms()).param("phone", c.phone()).param("post", c.post())
			.param("dnc", c.doNotContact()).update());
		online.forEach(id -> jdbc.sql("""
				INSERT INTO security (security_id, customer_id, username, password_hash) VALUES (:id, :id, 'u', 'sha256-random:x')""")
			.param("id", id).update());
	}

	private static BigDecimal money(Random random, int low, int high) {
		return BigDecimal.valueOf(low * 100L + (long) (random.nextDouble() * (high - low) * 100), 2);
	}

}
