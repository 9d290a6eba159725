package io.finseg.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static io.finseg.segment.Operator.*;

/** The kinds of attribute values, the operators each allows, and how a typed value is read. */
public enum AttributeType {

	INTEGER(EnumSet.of(EQ, NE, LT, LE, GT, GE, BETWEEN, IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY)),

	DECIMAL(EnumSet.of(EQ, NE, LT, LE, GT, GE, BETWEEN, IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY)),

	TEXT(EnumSet.of(EQ, NE, IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY, CONTAINS, STARTS_WITH)),

	ENUM(EnumSet.of(EQ, NE, IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY)),

	BOOLEAN(EnumSet.of(EQ, NE)),

	/** A calendar date, written 2026-11-24. */
	DATE(EnumSet.of(EQ, BEFORE, AFTER, BETWEEN, IS_EMPTY, IS_NOT_EMPTY));

	static final int MAX_TEXT = 100;

	private final Set<Operator> operators;

	AttributeType(Set<Operator> operators) {
		this.operators = operators;
	}

	public Set<Operator> operators() {
		return operators;
	}

	/** The value to bind, or a {@link RuleException} when the text is not a value of this type. */
	Object read(String text, Attribute attribute) {
		if (text == null) {
			throw new RuleException("segment.problem.valueMissing");
		}
		String value = text.trim();
		switch (this) {
			case INTEGER -> {
				try {
					return Long.parseLong(value);
				}
				catch (NumberFormatException e) {
					throw new RuleException("segment.problem.notWholeNumber", text);
				}
			}
			case DECIMAL -> {
				try {
					BigDecimal number = new BigDecimal(value);
					if (number.abs().compareTo(new BigDecimal("1E15")) >= 0) {
						throw new RuleException("segment.problem.notNumber", text);
					}
					return number;
				}
				catch (NumberFormatException e) {
					throw new RuleException("segment.problem.notNumber", text);
				}
			}
			case BOOLEAN -> {
				return switch (value.toLowerCase(Locale.ROOT)) {
					case "true" -> Boolean.TRUE;
					case "false" -> Boolean.FALSE;
					default -> throw new RuleException("segment.problem.notBoolean", text);
				};
			}
			case DATE -> {
				try {
					return LocalDate.parse(value);
				}
				catch (DateTimeParseException e) {
					throw new RuleException("segment.problem.notDate", text);
				}
			}
			case ENUM -> {
				if (!attribute.values().contains(value)) {
					throw new RuleException("segment.problem.notAllowedValue", text, String.join(", ", attribute.values()));
				}
				return value;
			}
			default -> {
				if (value.length() > MAX_TEXT) {
					throw new RuleException("segment.problem.textTooLong", MAX_TEXT);
				}
				return value;
			}
		}
	}

}
