package io.finseg.features;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The as-of date of a build and every window derived from it, computed in Java and bound as
 * parameters: SQL never uses CURRENT_DATE or date arithmetic, which differ between databases.
 * A window of N days is the N calendar days ending with the as-of date.
 */
record FeatureWindow(LocalDate asOf) {

	Map<String, Object> parameters() {
		LocalDateTime end = asOf.plusDays(1).atStartOfDay();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", asOf);
		parameters.put("asOfYear", asOf.getYear());
		parameters.put("asOfMonth", asOf.getMonthValue());
		parameters.put("asOfDay", asOf.getDayOfMonth());
		parameters.put("asOfEnd", end);
		parameters.put("from30", end.minusDays(30));
		parameters.put("from90", end.minusDays(90));
		parameters.put("from365", end.minusDays(365));
		parameters.put("paidFrom90", asOf.minusDays(89));
		return parameters;
	}

}
