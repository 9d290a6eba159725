package io.finseg.datagen;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.finseg.customer.CustomerTable;

/**
 * The INSERT of one customer table, in the column order the synthesizers fill. The first
 * column is the row's own id; {@code accountColumn} names the value (0-based, own id not
 * counted) that refers to an account by its position in the chunk, or -1.
 */
record TableInsert(CustomerTable table, String sql, int accountColumn) {

	private static final Map<CustomerTable, TableInsert> ALL = new EnumMap<>(CustomerTable.class);

	static {
		add(CustomerTable.CUSTOMER, -1, "customer_id", "name", "email", "phone", "address", "date_of_birth",
				"identification_number", "city", "region", "postcode", "country", "annual_income", "occupation",
				"marital_status", "customer_since");
		add(CustomerTable.ACCOUNT, -1, "account_id", "customer_id", "account_type", "balance", "status",
				"opened_on");
		add(CustomerTable.TRANSACTIONS, 0, "transaction_id", "account_id", "transaction_type", "amount",
				"transaction_date", "notes", "category");
		add(CustomerTable.PAYMENTS, 0, "payment_id", "account_id", "recipient", "amount", "payment_date",
				"payment_method");
		add(CustomerTable.CREDIT_HISTORY, -1, "credit_id", "customer_id", "credit_score", "credit_limit",
				"payment_history", "credit_utilization", "reported_on", "late_payments_12m");
		add(CustomerTable.SECURITY, -1, "security_id", "customer_id", "username", "password_hash", "access_level",
				"last_login_at");
		add(CustomerTable.RELATIONSHIPS, -1, "relationship_id", "customer1_id", "customer2_id",
				"relationship_type");
		add(CustomerTable.COMMUNICATION_LOG, -1, "log_id", "customer_id", "communication_type", "sent_at",
				"summary", "direction", "outcome");
		add(CustomerTable.COMPLIANCE, -1, "compliance_id", "customer_id", "consent_given", "disclosures",
				"regulatory_requirements_met", "email_opt_in", "sms_opt_in", "phone_opt_in", "post_opt_in",
				"do_not_contact", "updated_at");
	}

	static TableInsert of(CustomerTable table) {
		return ALL.get(table);
	}

	/** The name of the table's own id column. */
	String idColumn() {
		return sql.substring(sql.indexOf('(') + 1, sql.indexOf(','));
	}

	/** The values of a row with its own id and account reference resolved against the bases. */
	Object[] resolve(Object[] values, int position, IdBases bases) {
		Object[] resolved = new Object[values.length + 1];
		resolved[0] = bases.of(table) + position;
		System.arraycopy(values, 0, resolved, 1, values.length);
		if (accountColumn >= 0) {
			resolved[accountColumn + 1] = bases.of(CustomerTable.ACCOUNT) + (Integer) values[accountColumn];
		}
		return resolved;
	}

	private static void add(CustomerTable table, int accountColumn, String... columns) {
		String sql = "INSERT INTO %s (%s) VALUES (%s)".formatted(table.tableName(), String.join(", ", columns),
				String.join(", ", Collections.nCopies(columns.length, "?")));
		ALL.put(table, new TableInsert(table, sql, accountColumn));
	}

}
