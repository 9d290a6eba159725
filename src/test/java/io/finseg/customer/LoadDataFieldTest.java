package io.finseg.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Values reach LOAD DATA as MariaDB reads them back, whatever characters they hold. */
class LoadDataFieldTest {

	@Test
	void escapesTheCharactersThatSeparateFieldsAndLines() {
		assertThat(field("O'Brien\tand\nson\\co\r")).isEqualTo("O'Brien\\tand\\nson\\\\co\\r");
	}

	@Test
	void writesNullDecimalsBooleansDatesAndTimesInTheFormsMariaDbReads() {
		assertThat(field(null)).isEqualTo("\\N");
		assertThat(field(new BigDecimal("-1234.50"))).isEqualTo("-1234.50");
		assertThat(field(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(field(true)).isEqualTo("1");
		assertThat(field(false)).isEqualTo("0");
		assertThat(field(LocalDate.of(2026, 6, 30))).isEqualTo("2026-06-30");
		assertThat(field(LocalDateTime.of(2026, 6, 30, 7, 5))).isEqualTo("2026-06-30 07:05:00");
		assertThat(field(42L)).isEqualTo("42");
	}

	private static String field(Object value) {
		StringBuilder text = new StringBuilder();
		LoadDataRows.appendField(text, value);
		return text.toString();
	}

}
