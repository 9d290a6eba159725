package io.finseg.segment;

import static io.finseg.segment.AttributeGroup.BALANCES;
import static io.finseg.segment.AttributeGroup.CONSENT;
import static io.finseg.segment.AttributeGroup.CREDIT;
import static io.finseg.segment.AttributeGroup.DEMOGRAPHICS;
import static io.finseg.segment.AttributeGroup.ENGAGEMENT;
import static io.finseg.segment.AttributeGroup.PRODUCTS;
import static io.finseg.segment.AttributeGroup.RFM;
import static io.finseg.segment.AttributeGroup.TRANSACTIONS;
import static io.finseg.segment.AttributeType.BOOLEAN;
import static io.finseg.segment.AttributeType.DATE;
import static io.finseg.segment.AttributeType.DECIMAL;
import static io.finseg.segment.AttributeType.ENUM;
import static io.finseg.segment.AttributeType.INTEGER;
import static io.finseg.segment.AttributeType.TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every attribute a segment rule may use: the only list. A column name reaches SQL only if it
 * is here. Protected attributes (age and what is derived from it, life stage, and the place a
 * customer lives) are flagged for the fair-lending guard.
 * <p>
 * {@link #all()} and {@link #find} are the features table's columns, which clustering and the
 * outcome breakdowns read directly; rules may also use the {@link CustomAttributes} an admin
 * declared, through {@link #ruleAttributes()} and {@link #ruleAttribute}.
 */
@Component
public class AttributeCatalogue {

	private static final List<String> LIFE_STAGES = List.of("STUDENT", "YOUNG_PROFESSIONAL", "FAMILY", "ESTABLISHED",
			"RETIRED");

	private static final List<String> CONSENT_STATUSES = List.of("CONSENTED", "REFUSED", "UNKNOWN",
			"REQUIREMENTS_NOT_MET");

	private static final List<String> RFM_GROUPS = List.of("CHAMPIONS", "LOYAL", "POTENTIAL", "NEW", "AT_RISK",
			"HIBERNATING", "LOST");

	private final Map<String, Attribute> attributes = new LinkedHashMap<>();

	private final ObjectProvider<CustomAttributes> custom;

	AttributeCatalogue() {
		this(null);
	}

	@Autowired
	AttributeCatalogue(ObjectProvider<CustomAttributes> custom) {
		this.custom = custom;
		add("age", DEMOGRAPHICS, INTEGER, "years", true);
		add("age_band", DEMOGRAPHICS, TEXT, null, true);
		addEnum("life_stage", DEMOGRAPHICS, LIFE_STAGES, true);
		add("tenure_months", DEMOGRAPHICS, INTEGER, "months", false);
		add("customer_since", DEMOGRAPHICS, DATE, null, false);
		add("income", DEMOGRAPHICS, DECIMAL, "GBP", false);
		add("household_size", DEMOGRAPHICS, INTEGER, "people", false);
		add("products_count", PRODUCTS, INTEGER, "products", false);
		for (String product : List.of("current", "savings", "credit_card", "mortgage", "loan", "investment")) {
			add("has_" + product, PRODUCTS, BOOLEAN, null, false);
		}
		for (String balance : List.of("total", "current", "savings", "credit_card", "mortgage", "loan", "investment")) {
			add(balance + "_balance", BALANCES, DECIMAL, "GBP", false);
		}
		for (String days : List.of("30d", "90d", "365d")) {
			add("tx_count_" + days, TRANSACTIONS, INTEGER, "transactions", false);
			add("tx_sum_" + days, TRANSACTIONS, DECIMAL, "GBP", false);
			add("tx_avg_" + days, TRANSACTIONS, DECIMAL, "GBP", false);
		}
		add("days_since_last_tx", TRANSACTIONS, INTEGER, "days", false);
		add("last_tx_date", TRANSACTIONS, DATE, null, false);
		add("payment_count_90d", TRANSACTIONS, INTEGER, "payments", false);
		add("payment_sum_90d", TRANSACTIONS, DECIMAL, "GBP", false);
		add("credit_score", CREDIT, INTEGER, "points", false);
		add("credit_limit", CREDIT, DECIMAL, "GBP", false);
		add("credit_utilization", CREDIT, DECIMAL, "%", false);
		add("late_payments_12m", CREDIT, INTEGER, "payments", false);
		add("comms_90d", ENGAGEMENT, INTEGER, "messages", false);
		add("days_since_last_contact", ENGAGEMENT, INTEGER, "days", false);
		add("response_rate", ENGAGEMENT, DECIMAL, "share", false);
		add("has_online_banking", ENGAGEMENT, BOOLEAN, null, false);
		addEnum("consent_status", CONSENT, CONSENT_STATUSES, false);
		for (String channel : List.of("email", "sms", "phone", "post")) {
			add("contactable_" + channel, CONSENT, BOOLEAN, null, false);
		}
		add("rfm_recency", RFM, INTEGER, "score", false);
		add("rfm_frequency", RFM, INTEGER, "score", false);
		add("rfm_monetary", RFM, INTEGER, "score", false);
		addEnum("rfm_group", RFM, RFM_GROUPS, false);
	}

	public List<Attribute> all() {
		return List.copyOf(attributes.values());
	}

	public Optional<Attribute> find(String column) {
		return Optional.ofNullable(column == null ? null : attributes.get(column));
	}

	/** The features' attributes, then the declared ones: what the builder offers. */
	public List<Attribute> ruleAttributes() {
		return Stream.concat(attributes.values().stream(), declared().stream()).toList();
	}

	/** A features column or a declared attribute ({@link Attribute#CUSTOM_PREFIX} and its key). */
	public Optional<Attribute> ruleAttribute(String column) {
		if (column == null || !column.startsWith(Attribute.CUSTOM_PREFIX)) {
			return find(column);
		}
		CustomAttributes declared = custom == null ? null : custom.getIfAvailable();
		return declared == null ? Optional.empty() : declared.declared(column.substring(Attribute.CUSTOM_PREFIX.length()));
	}

	private List<Attribute> declared() {
		CustomAttributes declared = custom == null ? null : custom.getIfAvailable();
		return declared == null ? List.of() : declared.declared();
	}

	private void add(String column, AttributeGroup group, AttributeType type, String unit, boolean isProtected) {
		attributes.put(column, new Attribute(column, group, type, unit, List.of(), isProtected));
	}

	private void addEnum(String column, AttributeGroup group, List<String> values, boolean isProtected) {
		attributes.put(column, new Attribute(column, group, ENUM, null, values, isProtected));
	}

}
