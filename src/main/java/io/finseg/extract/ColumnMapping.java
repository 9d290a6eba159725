package io.finseg.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where one column of the extract goes: its target ({@code customer:<column>},
 * {@code attribute:<key>}, or empty to ignore it) and the value map that turns the file's codes
 * into FinSeg's values ({@code A61 → under_100}). With a value map, every value must be in it.
 */
record ColumnMapping(String source, String target, Map<String, String> valueMap) {

	static final String CUSTOMER = "customer:";

	static final String ATTRIBUTE = "attribute:";

	ColumnMapping {
		target = target == null ? "" : target.strip();
		valueMap = Collections.unmodifiableMap(new LinkedHashMap<>(valueMap));
	}

	boolean ignored() {
		return target.isEmpty();
	}

	boolean isCustomerColumn() {
		return target.startsWith(CUSTOMER);
	}

	/** The customer column or attribute key the target names. */
	String targetName() {
		return target.substring(target.indexOf(':') + 1);
	}

	/**
	 * The text as it will be read: through the value map if there is one (a code matches with or
	 * without case); empty when the code is not in the map.
	 */
	Optional<String> mapped(String text) {
		String value = text == null ? "" : text.strip();
		if (valueMap.isEmpty() || value.isEmpty()) {
			return Optional.of(value);
		}
		String exact = valueMap.get(value);
		if (exact != null) {
			return Optional.of(exact);
		}
		return valueMap.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(value)).map(Map.Entry::getValue)
			.findFirst();
	}

	/**
	 * Reads a value map from the page's text: a line per code, {@code code = value}; blank lines ignored.
	 *
	 * @throws MappingProblem naming the column and the line that is not {@code code = value}
	 */
	static Map<String, String> parseValueMap(String column, String text) {
		Map<String, String> map = new LinkedHashMap<>();
		if (text == null) {
			return map;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int equals = line.indexOf('=');
			String code = equals < 0 ? "" : line.substring(0, equals).strip();
			if (code.isEmpty()) {
				throw new MappingProblem("extract.valueMap.unreadable", column, line.strip());
			}
			map.put(code, line.substring(equals + 1).strip());
		}
		return map;
	}

	String valueMapText() {
		StringBuilder text = new StringBuilder();
		valueMap.forEach((code, value) -> text.append(code).append(" = ").append(value).append('\n'));
		return text.toString();
	}

	static String normalised(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
	}

}
