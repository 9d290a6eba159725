package io.finseg.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a CSV value is read. Each type turns the text into the value written to the database, or
 * throws {@link ValueProblem} with the message key of what is wrong, in words.
 */
enum ColumnType {

	INTEGER {
		@Override
		Object parse(String text) {
			try {
				return Integer.valueOf(text);
			}
			catch (NumberFormatException e) {
				throw new ValueProblem("import.value.notWholeNumber", text);
			}
		}
	},

	BIG_INTEGER {
		@Override
		Object parse(String text) {
			try {
				return Long.valueOf(text);
			}
			catch (NumberFormatException e) {
				throw new ValueProblem("import.value.notWholeNumber", text);
			}
		}
	},

	/** An amount with a decimal point and at most two decimals: 1234.50, -20.00. */
	MONEY {
		@Override
		Object parse(String text) {
			if (!MONEY_PATTERN.matcher(text).matches()) {
				throw new ValueProblem("import.value.notAmount", text);
			}
			return new BigDecimal(text);
		}
	},

	DATE {
		@Override
		Object parse(String text) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException e) {
				throw new ValueProblem("import.value.notDate", text);
			}
		}
	},

	/** 2026-03-01T14:30:00 or 2026-03-01 14:30:00 (seconds optional). */
	DATE_TIME {
		@Override
		Object parse(String text) {
			try {
				return LocalDateTime.parse(text.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
			}
			catch (DateTimeParseException e) {
				throw new ValueProblem("import.value.notDateTime", text);
			}
		}
	},

	BOOLEAN {
		@Override
		Object parse(String text) {
			return switch (text.toLowerCase(Locale.ROOT)) {
				case "true", "1", "yes" -> Boolean.TRUE;
				case "false", "0", "no" -> Boolean.FALSE;
				default -> throw new ValueProblem("import.value.notBoolean", text);
			};
		}
	},

	TEXT {
		@Override
		Object parse(String text) {
			return text;
		}
	},

	/** E.164: a plus, the country code and the number, digits only: +447700900123. */
	PHONE {
		@Override
		Object parse(String text) {
			if (!PHONE_PATTERN.matcher(text).matches()) {
				throw new ValueProblem("import.value.notPhone", text);
			}
			return text;
		}
	},

	EMAIL {
		@Override
		Object parse(String text) {
			if (!EMAIL_PATTERN.matcher(text).matches()) {
				throw new ValueProblem("import.value.notEmail", text);
			}
			return text;
		}
	},

	/** ISO 3166-1 alpha-2, upper case. */
	COUNTRY {
		@Override
		Object parse(String text) {
			if (!COUNTRY_PATTERN.matcher(text).matches()) {
				throw new ValueProblem("import.value.notCountry", text);
			}
			return text;
		}
	};

	private static final Pattern MONEY_PATTERN = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");

	private static final Pattern PHONE_PATTERN = Pattern.compile("\\+[1-9]\\d{6,14}");

	private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern COUNTRY_PATTERN = Pattern.compile("[A-Z]{2}");

	abstract Object parse(String text);

}
