package io.finseg.importer;

import static io.finseg.importer.ColumnType.BIG_INTEGER;
import static io.finseg.importer.ColumnType.BOOLEAN;
import static io.finseg.importer.ColumnType.COUNTRY;
import static io.finseg.importer.ColumnType.DATE;
import static io.finseg.importer.ColumnType.DATE_TIME;
import static io.finseg.importer.ColumnType.EMAIL;
import static io.finseg.importer.ColumnType.INTEGER;
import static io.finseg.importer.ColumnType.MONEY;
import static io.finseg.importer.ColumnType.PHONE;
import static io.finseg.importer.ColumnType.TEXT;
import static io.finseg.importer.ImportColumn.FREE_TEXT_MAX_LENGTH;
import static io.finseg.importer.ImportColumn.column;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.finseg.customer.CustomerTable;

/**
 * The customer tables that can be imported, in the order they are checked and written (a file's
 * references point only at tables before it). Security is never imported. Each table's rules
 * name exactly the columns of its {@link CustomerTable} (checked when the enum loads);
 * docs/import.md says the same in words.
 */
public enum ImportTable {

	CUSTOMER(CustomerTable.CUSTOMER,
			column("customer_id", INTEGER).required().atLeast(1),
			column("name", TEXT).required().maxLength(100),
			column("email", EMAIL).maxLength(100),
			column("phone", PHONE).maxLength(20),
			column("address", TEXT).maxLength(255),
			column("date_of_birth", DATE),
			column("identification_number", TEXT).maxLength(50),
			column("city", TEXT).maxLength(100),
			column("region", TEXT).maxLength(100),
			column("postcode", TEXT).maxLength(20),
			column("country", COUNTRY),
			column("annual_income", MONEY).atLeast(0),
			column("occupation", TEXT).maxLength(100),
			column("marital_status", TEXT).oneOf("SINGLE", "MARRIED", "PARTNERED", "DIVORCED", "WIDOWED"),
			column("customer_since", DATE)),

	ACCOUNT(CustomerTable.ACCOUNT,
			column("account_id", INTEGER).required().atLeast(1),
			column("customer_id", INTEGER).required().refersTo("customer"),
			column("account_type", TEXT).required().oneOf("CURRENT", "SAVINGS", "CREDIT_CARD", "MORTGAGE", "LOAN", "INVESTMENT"),
			column("balance", MONEY).required(),
			column("status", TEXT).required().oneOf("ACTIVE", "DORMANT", "CLOSED"),
			column("opened_on", DATE)),

	TRANSACTIONS(CustomerTable.TRANSACTIONS,
			column("transaction_id", BIG_INTEGER).required().atLeast(1),
			column("account_id", INTEGER).required().refersTo("account"),
			column("transaction_type", TEXT).required().oneOf("DEBIT", "CREDIT"),
			column("amount", MONEY).required().atLeast(0),
			column("transaction_date", DATE_TIME).required(),
			column("notes", TEXT).maxLength(FREE_TEXT_MAX_LENGTH),
			column("category", TEXT).maxLength(50)),

	PAYMENTS(CustomerTable.PAYMENTS,
			column("payment_id", BIG_INTEGER).required().atLeast(1),
			column("account_id", INTEGER).required().refersTo("account"),
			column("recipient", TEXT).maxLength(100),
			column("amount", MONEY).required().atLeast(0),
			column("payment_date", DATE).required(),
			column("payment_method", TEXT).oneOf("DIRECT_DEBIT", "STANDING_ORDER", "TRANSFER", "CARD")),

	CREDIT_HISTORY(CustomerTable.CREDIT_HISTORY,
			column("credit_id", INTEGER).required().atLeast(1),
			column("customer_id", INTEGER).required().refersTo("customer"),
			column("credit_score", INTEGER).between(0, 999),
			column("credit_limit", MONEY).atLeast(0),
			column("payment_history", TEXT).maxLength(FREE_TEXT_MAX_LENGTH),
			column("credit_utilization", MONEY).between(0, 999),
			column("reported_on", DATE).required(),
			column("late_payments_12m", INTEGER).between(0, 366)),

	RELATIONSHIPS(CustomerTable.RELATIONSHIPS,
			column("relationship_id", INTEGER).required().atLeast(1),
			column("customer1_id", INTEGER).required().refersTo("customer"),
			column("customer2_id", INTEGER).required().refersTo("customer"),
			column("relationship_type", TEXT).required().oneOf("SPOUSE", "PARTNER", "PARENT", "CHILD", "JOINT_ACCOUNT_HOLDER")),

	COMMUNICATION_LOG(CustomerTable.COMMUNICATION_LOG,
			column("log_id", BIG_INTEGER).required().atLeast(1),
			column("customer_id", INTEGER).required().refersTo("customer"),
			column("communication_type", TEXT).required().oneOf("EMAIL", "SMS", "PHONE", "POST", "BRANCH"),
			column("sent_at", DATE_TIME).required(),
			column("summary", TEXT).maxLength(FREE_TEXT_MAX_LENGTH),
			column("direction", TEXT).oneOf("INBOUND", "OUTBOUND"),
			column("outcome", TEXT).oneOf("OPENED", "CLICKED", "RESPONDED", "NO_RESPONSE", "COMPLAINT")),

	COMPLIANCE(CustomerTable.COMPLIANCE,
			column("compliance_id", INTEGER).required().atLeast(1),
			column("customer_id", INTEGER).required().refersTo("customer"),
			column("consent_given", BOOLEAN).required(),
			column("disclosures", TEXT).maxLength(FREE_TEXT_MAX_LENGTH),
			column("regulatory_requirements_met", BOOLEAN).required(),
			column("email_opt_in", BOOLEAN).required(),
			column("sms_opt_in", BOOLEAN).required(),
			column("phone_opt_in", BOOLEAN).required(),
			column("post_opt_in", BOOLEAN).required(),
			column("do_not_contact", BOOLEAN).required(),
			column("updated_at", DATE_TIME));

	private final CustomerTable table;

	private final List<ImportColumn> columns;

	/** The rules, one per column of the table in {@link CustomerTable#columns()}, in that order. */
	ImportTable(CustomerTable table, ImportColumn... columns) {
		this.table = table;
		this.columns = List.of(columns);
		List<String> names = this.columns.stream().map(ImportColumn::name).toList();
		if (!names.equals(table.columns())) {
			throw new IllegalStateException("Import rules for " + table + " name " + names + ", the table has "
					+ table.columns());
		}
	}

	public String tableName() {
		return table.tableName();
	}

	CustomerTable table() {
		return table;
	}

	String idColumn() {
		return table.idColumn();
	}

	List<ImportColumn> columns() {
		return columns;
	}

	/** The table's column names, in the order of its file and its {@link CustomerTable}. */
	public List<String> columnNames() {
		return columns.stream().map(ImportColumn::name).toList();
	}

	public boolean isRequired(String column) {
		return columns.stream().anyMatch(c -> c.name().equals(column) && c.mandatory());
	}

	/**
	 * Checks one value as an import of this table would: empty when it fits, else the problem,
	 * reported at the given place. The id checks (unique, new) need the whole file: the import does them.
	 */
	public Optional<ImportProblem> check(String column, String text, String fileName, long line, String reportAs) {
		ImportColumn rule = columns.stream().filter(c -> c.name().equals(column)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(column));
		try {
			rule.read(text);
			return Optional.empty();
		}
		catch (ValueProblem problem) {
			return Optional.of(ImportProblem.at(fileName, line, reportAs, problem.messageKey(), problem.args()));
		}
	}

	public String fileName() {
		return tableName() + ".csv";
	}

	/** The table a file is for: {@code customer.csv}, {@code CreditHistory.csv}, {@code credit_history.CSV}. */
	static Optional<ImportTable> forFileName(String fileName) {
		String base = fileName.replaceAll("^.*[/\\\\]", "").toLowerCase(Locale.ROOT);
		if (!base.endsWith(".csv")) {
			return Optional.empty();
		}
		String key = base.substring(0, base.length() - 4).replaceAll("[^a-z0-9]", "");
		for (ImportTable table : values()) {
			if (table.tableName().replace("_", "").equals(key)) {
				return Optional.of(table);
			}
		}
		return Optional.empty();
	}

	static ImportTable forTableName(String tableName) {
		for (ImportTable table : values()) {
			if (table.tableName().equals(tableName)) {
				return table;
			}
		}
		throw new IllegalArgumentException(tableName);
	}

}
