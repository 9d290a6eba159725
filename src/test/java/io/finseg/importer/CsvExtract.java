package io.finseg.importer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.csv.CSVFormat;

/**
 * A bank's CSV extract for tests: {@code customers} customers with an account, transactions, a
 * payment, a credit report, a message and a consent record each, and households of two. Ids
 * start at a random base so runs on the shared MariaDB test database never collide.
 */
public final class CsvExtract {

	final int base;

	final int customers;

	private final Map<String, StringBuilder> files = new LinkedHashMap<>();

	public CsvExtract(int customers) {
		this.customers = customers;
		this.base = ThreadLocalRandom.current().nextInt(1, 200_000) * 10_000;
		header("customer.csv", "customer_id,name,email,phone,address,date_of_birth,identification_number,city,region,postcode,country,annual_income,occupation,marital_status,customer_since");
		header("account.csv", "account_id,customer_id,account_type,balance,status,opened_on");
		header("transactions.csv", "transaction_id,account_id,transaction_type,amount,transaction_date,notes,category");
		header("payments.csv", "payment_id,account_id,recipient,amount,payment_date,payment_method");
		header("credit_history.csv", "credit_id,customer_id,credit_score,credit_limit,payment_history,credit_utilization,reported_on,late_payments_12m");
		header("relationships.csv", "relationship_id,customer1_id,customer2_id,relationship_type");
		header("communication_log.csv", "log_id,customer_id,communication_type,sent_at,summary,direction,outcome");
		header("compliance.csv", "compliance_id,customer_id,consent_given,disclosures,regulatory_requirements_met,email_opt_in,sms_opt_in,phone_opt_in,post_opt_in,do_not_contact,updated_at");
		for (int i = 0; i < customers; i++) {
			int id = base + i;
			line("customer.csv", id + ",\"Doe, Jane " + i + "\",jane" + id + "@example.test,+447700" + String.format("%06d", i)
					+ ",\"1 High Street, Leeds\",1980-02-29,ID" + id + ",Leeds,Yorkshire,LS1 1AA,GB,42000.00,Teacher,MARRIED,2015-06-01");
			line("account.csv", id + "," + id + ",CURRENT," + (i % 7 == 0 ? "-120.50" : "1520.75") + ",ACTIVE,2015-06-01");
			line("transactions.csv", (2L * id) + "," + id + ",DEBIT,12.40,2026-10-03 14:30:00,\"=SUM(A1)\",GROCERIES");
			line("transactions.csv", (2L * id + 1) + "," + id + ",CREDIT,2500.00,2026-10-28T09:00:00,Salary,SALARY");
			line("payments.csv", id + "," + id + ",Energy Co,64.00,2026-10-15,DIRECT_DEBIT");
			line("credit_history.csv", id + "," + id + ",712,5000.00,\"on time, mostly\",23.50,2026-09-30,0");
			if (i % 2 == 1) {
				line("relationships.csv", id + "," + (id - 1) + "," + id + ",SPOUSE");
			}
			line("communication_log.csv", id + "," + id + ",EMAIL,2026-11-01 08:00:00,Autumn offer,OUTBOUND,OPENED");
			line("compliance.csv", id + "," + id + ",true,,true,true,false,false,true,false,2026-01-15 10:00:00");
		}
	}

	/** Replaces the value of a column on one line (line 2 is the first customer) of a file. */
	CsvExtract set(String file, int line, int column, String value) throws IOException {
		String[] lines = files.get(file).toString().split("\r\n", -1);
		List<String> values = new ArrayList<>(CSVFormat.DEFAULT.parse(new StringReader(lines[line - 1])).getRecords().get(0).toList());
		values.set(column, value);
		lines[line - 1] = CSVFormat.DEFAULT.format(values.toArray());
		files.put(file, new StringBuilder(String.join("\r\n", lines)));
		return this;
	}

	public Map<String, byte[]> files() {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((name, text) -> bytes.put(name, text.toString().getBytes(StandardCharsets.UTF_8)));
		return bytes;
	}

	long rows() {
		return files.values().stream().mapToLong(text -> text.toString().split("\r\n").length - 1).sum();
	}

	private void header(String file, String header) {
		files.put(file, new StringBuilder(header).append("\r\n"));
	}

	private void line(String file, String line) {
		files.get(file).append(line).append("\r\n");
	}

}
