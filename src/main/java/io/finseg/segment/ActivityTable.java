package io.finseg.segment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.finseg.segment.BehaviourCondition.Activity;

/**
 * The only tables, columns and operators a behavioural condition may use: the SQL of each
 * activity (its rows aliased {@code t}, the customer they belong to, the date, the amount) and
 * the fields a marketer may filter on. Names never come from the rule itself.
 *
 * @param rows the FROM clause
 * @param customer the customer id of a row
 * @param dateColumn when the row happened
 * @param dateTime whether {@code dateColumn} holds a time of day too
 * @param amount the amount summed by a total, or null when the rows have none
 */
public record ActivityTable(Activity activity, String rows, String customer, String dateColumn, boolean dateTime,
		String amount, Map<String, Field> fields) {

	private static final Map<Activity, ActivityTable> TABLES = new EnumMap<>(Activity.class);

	static {
		TABLES.put(Activity.TRANSACTIONS, new ActivityTable(Activity.TRANSACTIONS,
				"transactions t JOIN account a ON a.account_id = t.account_id", "a.customer_id", "t.transaction_date",
				true, "t.amount", fields(
						new Field("type", "t.transaction_type", FieldKind.CHOICE, List.of("DEBIT", "CREDIT")),
						new Field("category", "t.category", FieldKind.OPEN_CHOICE, List.of("GROCERIES", "EATING_OUT",
								"SHOPPING", "TRAVEL", "ENTERTAINMENT", "TRANSPORT", "UTILITIES", "HOME", "HEALTH",
								"EDUCATION", "CHILDCARE", "CHARITY", "INCOME")),
						new Field("amount", "t.amount", FieldKind.AMOUNT, List.of()))));
		TABLES.put(Activity.PAYMENTS, new ActivityTable(Activity.PAYMENTS,
				"payments t JOIN account a ON a.account_id = t.account_id", "a.customer_id", "t.payment_date", false,
				"t.amount", fields(
						new Field("method", "t.payment_method", FieldKind.CHOICE,
								List.of("DIRECT_DEBIT", "STANDING_ORDER", "TRANSFER", "CARD")),
						new Field("recipient", "t.recipient", FieldKind.TEXT, List.of()),
						new Field("amount", "t.amount", FieldKind.AMOUNT, List.of()))));
		TABLES.put(Activity.COMMUNICATIONS, new ActivityTable(Activity.COMMUNICATIONS, "communication_log t",
				"t.customer_id", "t.sent_at", true, null, fields(
						new Field("channel", "t.communication_type", FieldKind.CHOICE,
								List.of("EMAIL", "SMS", "PHONE", "POST", "BRANCH")),
						new Field("direction", "t.direction", FieldKind.CHOICE, List.of("OUTBOUND", "INBOUND")),
						new Field("outcome", "t.outcome", FieldKind.CHOICE,
								List.of("OPENED", "CLICKED", "RESPONDED", "NO_RESPONSE", "COMPLAINT")))));
	}

	public static ActivityTable of(Activity activity) {
		return TABLES.get(activity);
	}

	public Optional<Field> field(String key) {
		return Optional.ofNullable(key == null ? null : fields.get(key));
	}

	public boolean hasAmount() {
		return amount != null;
	}

	private static Map<String, Field> fields(Field... fields) {
		Map<String, Field> byKey = new LinkedHashMap<>();
		for (Field field : fields) {
			byKey.put(field.key(), field);
		}
		return Collections.unmodifiableMap(byKey);
	}

	/** What a filter field holds, and so which operators it takes. */
	public enum FieldKind {

		/** One of a closed list of codes. */
		CHOICE(List.of(Operator.IN, Operator.NOT_IN)),
		/** Codes the bank may extend (categories): the known ones are offered, others accepted. */
		OPEN_CHOICE(List.of(Operator.IN, Operator.NOT_IN)),
		TEXT(List.of(Operator.CONTAINS)),
		AMOUNT(List.of(Operator.BETWEEN, Operator.GE, Operator.LE));

		private final List<Operator> operators;

		FieldKind(List<Operator> operators) {
			this.operators = operators;
		}

		public List<Operator> operators() {
			return operators;
		}

	}

	/** A column a filter may use: its key in rules and forms, the column, and the known values. */
	public record Field(String key, String column, FieldKind kind, List<String> choices) {

		public List<Operator> operators() {
			return kind.operators();
		}

	}

}
