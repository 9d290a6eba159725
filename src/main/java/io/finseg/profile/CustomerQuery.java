package io.finseg.profile;

import java.util.Locale;
import java.util.Set;

/**
 * What the customer list asks for, from the query string. Every name that reaches SQL is checked
 * against a fixed list here; values are only ever bound.
 *
 * @param q       search text: a prefix of the chosen field, or an id
 * @param field   name, email, city or id
 * @param product an account type the customer holds
 * @param consent a consent status
 * @param stage   a life stage
 * @param rfm     an RFM group
 * @param sort    name or id
 * @param dir     asc or desc
 * @param after   keyset of the last row of the page before (Next)
 * @param before  keyset of the first row of the page after (Previous)
 */
public record CustomerQuery(String q, String field, String product, String consent, String stage, String rfm,
		String sort, String dir, String after, String before) {

	static final Set<String> FIELDS = Set.of("name", "email", "city", "id");

	static final Set<String> PRODUCTS = Set.of("current", "savings", "credit_card", "mortgage", "loan", "investment");

	static final Set<String> CONSENTS = Set.of("CONSENTED", "REFUSED", "UNKNOWN", "REQUIREMENTS_NOT_MET");

	static final Set<String> STAGES = Set.of("STUDENT", "YOUNG_PROFESSIONAL", "FAMILY", "ESTABLISHED", "RETIRED");

	static final Set<String> RFM_GROUPS = Set.of("CHAMPIONS", "LOYAL", "POTENTIAL", "NEW", "AT_RISK", "HIBERNATING",
			"LOST");

	/** The same query with every unknown value dropped, and the search fields an analyst may not use removed. */
	CustomerQuery cleaned(boolean personalDetails) {
		String cleanField = field != null && FIELDS.contains(field) ? field : "name";
		if (!personalDetails && (cleanField.equals("name") || cleanField.equals("email"))) {
			cleanField = isBlank(q) || !q.trim().chars().allMatch(Character::isDigit) ? "city" : "id";
		}
		return new CustomerQuery(isBlank(q) ? null : q.trim(), cleanField, allowed(product, PRODUCTS),
				allowed(consent, CONSENTS), allowed(stage, STAGES), allowed(rfm, RFM_GROUPS),
				"id".equals(sort) || !personalDetails ? "id" : "name", "desc".equals(dir) ? "desc" : "asc",
				isBlank(after) ? null : after, isBlank(before) ? null : before);
	}

	boolean filtersOnFeatures() {
		return product != null || consent != null || stage != null || rfm != null;
	}

	/** The query without its paging position: what the total count depends on. */
	String countKey() {
		return String.join("|", String.valueOf(q).toLowerCase(Locale.ROOT), field, String.valueOf(product),
				String.valueOf(consent), String.valueOf(stage), String.valueOf(rfm));
	}

	private static String allowed(String value, Set<String> values) {
		return value != null && values.contains(value) ? value : null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
