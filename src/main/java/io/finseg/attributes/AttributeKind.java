package io.finseg.attributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.finseg.importer.ValueProblem;
import io.finseg.segment.AttributeType;

/** The types an admin may declare, how a value of each is read from a file, and where it is stored. */
public enum AttributeKind {

	NUMBER(AttributeType.DECIMAL), TEXT(AttributeType.TEXT), LIST(AttributeType.ENUM), DATE(AttributeType.DATE),
	YES_NO(AttributeType.BOOLEAN);

	static final int MAX_TEXT = 255;

	private static final BigDecimal LIMIT = new BigDecimal("1E14");

	private final AttributeType segmentType;

	AttributeKind(AttributeType segmentType) {
		this.segmentType = segmentType;
	}

	AttributeType segmentType() {
		return segmentType;
	}

	/**
	 * A value as read from an import file; blank is no value.
	 *
	 * @throws ValueProblem with the message key that says why the text is not a value of this type
	 */
	StoredValue read(String text, List<String> listValues) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return StoredValue.NONE;
		}
		return switch (this) {
			case NUMBER -> StoredValue.number(number(value));
			case TEXT -> {
				if (value.length() > MAX_TEXT) {
					throw new ValueProblem("attributes.import.textTooLong", MAX_TEXT);
				}
				yield StoredValue.text(value);
			}
			case LIST -> {
				String allowed = listValues.stream().filter(v -> v.equalsIgnoreCase(value)).findFirst()
					.orElseThrow(() -> new ValueProblem("attributes.import.notInList", value, String.join(", ", listValues)));
				yield StoredValue.text(allowed);
			}
			case DATE -> {
				try {
					yield StoredValue.date(LocalDate.parse(value));
				}
				catch (DateTimeParseException e) {
					throw new ValueProblem("attributes.import.notDate", value);
				}
			}
			case YES_NO -> switch (value.toLowerCase(Locale.ROOT)) {
				case "yes", "true", "1", "y" -> StoredValue.number(BigDecimal.ONE);
				case "no", "false", "0", "n" -> StoredValue.number(BigDecimal.ZERO);
				default -> throw new ValueProblem("attributes.import.notYesNo", value);
			};
		};
	}

	private static BigDecimal number(String value) {
		try {
			BigDecimal number = new BigDecimal(value);
			if (number.abs().compareTo(LIMIT) >= 0 || Math.max(number.scale(), 0) > 6) {
				throw new ValueProblem("attributes.import.numberOutOfRange", value);
			}
			return number;
		}
		catch (NumberFormatException e) {
			throw new ValueProblem("attributes.import.notNumber", value);
		}
	}

	/** A value as the columns of customer_attribute hold it: one of the three, or none. */
	record StoredValue(BigDecimal number, String text, LocalDate date) {

		static final StoredValue NONE = new StoredValue(null, null, null);

		static StoredValue number(BigDecimal number) {
			return new StoredValue(number, null, null);
		}

		static StoredValue text(String text) {
			return new StoredValue(null, text, null);
		}

		static StoredValue date(LocalDate date) {
			return new StoredValue(null, null, date);
		}

		boolean isNone() {
			return number == null && text == null && date == null;
		}

	}

}
