package io.finseg.clustering;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.AttributeType;

/**
 * The feature columns clustering may use: the numeric attributes of the segment catalogue and the
 * declared custom numbers, so a column name reaches SQL only if the catalogue has it. Skewed features (money, days, counts)
 * get a log transform.
 */
@Component
public class ClusteringFeatures {

	/**
	 * Age, income, balance, spending value, recency, utilisation, products, engagement. Spending
	 * frequency is left out by default: on generated data it made the life stages harder to find
	 * (docs/clustering.md).
	 */
	public static final List<String> DEFAULTS = List.of("age", "income", "total_balance", "tx_avg_365d",
			"days_since_last_tx", "credit_utilization", "products_count", "response_rate");

	/** Units of skewed features: money, days since something, and counts of events. */
	private static final Set<String> SKEWED_UNITS = Set.of("GBP", "days", "transactions", "payments", "messages");

	private final AttributeCatalogue catalogue;

	private final MessageSource messages;

	ClusteringFeatures(AttributeCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/** Every attribute a run may use, in catalogue order: the features', then declared numbers. */
	public List<Attribute> selectable() {
		return catalogue.ruleAttributes().stream().filter(ClusteringFeatures::isNumeric).toList();
	}

	public Optional<Attribute> find(String column) {
		return catalogue.ruleAttribute(column).filter(ClusteringFeatures::isNumeric);
	}

	/** What pages call a feature: its label, or the column itself for one no longer declared. */
	public String label(String column) {
		Locale locale = LocaleContextHolder.getLocale();
		if (column.startsWith(Attribute.CUSTOM_PREFIX)) {
			return catalogue.ruleAttribute(column).map(Attribute::label).orElse(column.substring(Attribute.CUSTOM_PREFIX.length()));
		}
		return messages.getMessage("feature." + column, null, column, locale);
	}

	public Transform transformOf(String column) {
		return find(column).map(attribute -> SKEWED_UNITS.contains(attribute.unit()) ? Transform.SIGNED_LOG : Transform.NONE)
			.orElse(Transform.NONE);
	}

	public String unitOf(String column) {
		return find(column).map(Attribute::unit).orElse(null);
	}

	/** True when any of the columns is protected for fair lending (age, life stage, …). */
	public boolean anyProtected(List<String> columns) {
		return columns.stream().anyMatch(column -> catalogue.ruleAttribute(column).map(Attribute::isProtected).orElse(false));
	}

	private static boolean isNumeric(Attribute attribute) {
		return attribute.type() == AttributeType.INTEGER || attribute.type() == AttributeType.DECIMAL;
	}

}
