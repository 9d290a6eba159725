package io.finseg.customer;

/**
 * The nine customer tables, in the order of the original design. The table names here are
 * the only ones that code may put into SQL for these tables.
 */
public enum CustomerTable {

	CUSTOMER("customer"),
	ACCOUNT("account"),
	TRANSACTIONS("transactions"),
	PAYMENTS("payments"),
	CREDIT_HISTORY("credit_history"),
	SECURITY("security"),
	RELATIONSHIPS("relationships"),
	COMMUNICATION_LOG("communication_log"),
	COMPLIANCE("compliance");

	private final String tableName;

	CustomerTable(String tableName) {
		this.tableName = tableName;
	}

	public String tableName() {
		return tableName;
	}

}
