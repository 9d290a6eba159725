package io.finseg.importer;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One column of an import file: how its text is read and what it must satisfy. Built with the
 * small fluent methods below, e.g. {@code column("balance", MONEY).required()}.
 */
record ImportColumn(String name, ColumnType type, boolean mandatory, int maxLength, BigDecimal min, BigDecimal max,
		Set<String> allowedValues, String references) {

	static final int DEFAULT_MAX_LENGTH = 255;

	static final int FREE_TEXT_MAX_LENGTH = 10_000;

	static ImportColumn column(String name, ColumnType type) {
		int maxLength = type == ColumnType.TEXT ? DEFAULT_MAX_LENGTH : 40;
		return new ImportColumn(name, type, false, maxLength, null, null, Set.of(), null);
	}

	ImportColumn required() {
		return new ImportColumn(name, type, true, maxLength, min, max, allowedValues, references);
	}

	ImportColumn maxLength(int length) {
		return new ImportColumn(name, type, mandatory, length, min, max, allowedValues, references);
	}

	ImportColumn between(long lowest, long highest) {
		return new ImportColumn(name, type, mandatory, maxLength, BigDecimal.valueOf(lowest), BigDecimal.valueOf(highest),
				allowedValues, references);
	}

	ImportColumn atLeast(long lowest) {
		return new ImportColumn(name, type, mandatory, maxLength, BigDecimal.valueOf(lowest), max, allowedValues,
				references);
	}

	ImportColumn oneOf(String... values) {
		return new ImportColumn(name, type, mandatory, maxLength, min, max, Set.of(values), references);
	}

	/** The value is the id of a row of the named import table, in this upload or already stored. */
	ImportColumn refersTo(String tableName) {
		return new ImportColumn(name, type, mandatory, maxLength, min, max, allowedValues, tableName);
	}

	/** Reads one value; an empty text is null. Throws {@link ValueProblem} when it does not fit. */
	Object read(String text) {
		if (text == null || text.isEmpty()) {
			if (mandatory) {
				throw new ValueProblem("import.value.missing");
			}
			return null;
		}
		if (text.length() > maxLength) {
			throw new ValueProblem("import.value.tooLong", text.length(), maxLength);
		}
		if (!allowedValues.isEmpty() && !allowedValues.contains(text)) {
			throw new ValueProblem("import.value.notAllowed", text, String.join(", ", allowedValues.stream().sorted().toList()));
		}
		Object value = type.parse(text);
		if (value instanceof Number number && (min != null || max != null)) {
			BigDecimal decimal = new BigDecimal(number.toString());
			if ((min != null && decimal.compareTo(min) < 0) || (max != null && decimal.compareTo(max) > 0)) {
				throw new ValueProblem("import.value.outOfRange", text, min == null ? "" : min, max == null ? "" : max);
			}
		}
		return value;
	}

}
