package io.finseg.customer;

import java.util.List;

/**
 * The nine customer tables, in the order of the original design (a table's foreign keys point
 * only at tables before it), with their columns as in docs/schema.md, own id first. These
 * names are the only ones that code may put into SQL for these tables; the generator and the
 * import both write exactly these columns.
 */
public enum CustomerTable {

	CUSTOMER("customer", "customer_id", "name", "email", "phone", "address", "date_of_birth",
			"identification_number", "city", "region", "postcode", "country", "annual_income", "occupation",
			"marital_status", "customer_since"),
	ACCOUNT("account", "account_id", "customer_id", "account_type", "balance", "status", "opened_on"),
	TRANSACTIONS("transactions", "transaction_id", "account_id", "transaction_type", "amount", "transaction_date",
			"notes", "category"),
	PAYMENTS("payments", "payment_id", "account_id", "recipient", "amount", "payment_date", "payment_method"),
	CREDIT_HISTORY("credit_history", "credit_id", "customer_id", "credit_score", "credit_limit", "payment_history",
			"credit_utilization", "reported_on", "late_payments_12m"),
	SECURITY("security", "security_id", "customer_id", "username", "password_hash", "access_level",
			"last_login_at"),
	RELATIONSHIPS("relationships", "relationship_id", "customer1_id", "customer2_id", "relationship_type"),
	COMMUNICATION_LOG("communication_log", "log_id", "customer_id", "communication_type", "sent_at", "summary",
			"direction", "outcome"),
	COMPLIANCE("compliance", "compliance_id", "customer_id", "consent_given", "disclosures",
			"regulatory_requirements_met", "email_opt_in", "sms_opt_in", "phone_opt_in", "post_opt_in",
			"do_not_contact", "updated_at");

	private final String tableName;

	private final List<String> columns;

	CustomerTable(String tableName, String... columns) {
		this.tableName = tableName;
		this.columns = List.of(columns);
	}

	public String tableName() {
		return tableName;
	}

	/** The columns a bank's data fills, own id first (not the import tag or other bookkeeping). */
	public List<String> columns() {
		return columns;
	}

	public String idColumn() {
		return columns.get(0);
	}

}
