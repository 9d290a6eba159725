package io.finseg.customer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rows of one customer table as the text LOAD DATA reads: tab-separated, backslash-escaped,
 * null as {@code \N}, one row a line. Collected until {@link LoadData#load} sends them.
 */
public final class LoadDataRows {

	/** Bookkeeping columns a writer may add after the table's own (names only from here). */
	private static final Set<String> EXTRA_COLUMNS = Set.of("import_id");

	private final CustomerTable table;

	private final String statement;

	private final int width;

	private StringBuilder text = new StringBuilder(1 << 16);

	private int size;

	private LoadDataRows(CustomerTable table, List<String> columns) {
		this.table = table;
		this.width = columns.size();
		this.statement = "LOAD DATA LOCAL INFILE 'finseg-rows' INTO TABLE " + table.tableName()
				+ " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
				+ String.join(", ", columns) + ")";
	}

	/** Rows with the table's columns, then the given bookkeeping columns (e.g. {@code import_id}). */
	public static LoadDataRows of(CustomerTable table, String... extraColumns) {
		List<String> columns = new ArrayList<>(table.columns());
		for (String extra : extraColumns) {
			if (!EXTRA_COLUMNS.contains(extra)) {
				throw new IllegalArgumentException("Not a bookkeeping column: " + extra);
			}
			columns.add(extra);
		}
		return new LoadDataRows(table, columns);
	}

	public CustomerTable table() {
		return table;
	}

	/** Adds a row: the values in column order, as Java values (String, BigDecimal, LocalDate, ...). */
	public void add(Object... values) {
		if (values.length != width) {
			throw new IllegalArgumentException("%s takes %d values, not %d".formatted(table, width, values.length));
		}
		for (int column = 0; column < values.length; column++) {
			if (column > 0) {
				text.append('\t');
			}
			appendField(text, values[column]);
		}
		text.append('\n');
		size++;
	}

	public int size() {
		return size;
	}

	String statement() {
		return statement;
	}

	/** The rows' text, leaving this empty for the next rows. */
	byte[] takeBytes() {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		text = new StringBuilder(Math.max(1 << 16, text.length() + text.length() / 8));
		size = 0;
		return bytes;
	}

	/** One value as a LOAD DATA field: tab-separated, backslash-escaped, null as {@code \N}. */
	static void appendField(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof String string) {
			for (int i = 0; i < string.length(); i++) {
				char c = string.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append(c);
				}
			}
		}
		else if (value instanceof BigDecimal decimal) {
			text.append(decimal.toPlainString());
		}
		else if (value instanceof Boolean bool) {
			text.append(bool ? '1' : '0');
		}
		else if (value instanceof LocalDateTime time) {
			text.append(time.toLocalDate()).append(' ');
			twoDigits(text, time.getHour()).append(':');
			twoDigits(text, time.getMinute()).append(':');
			twoDigits(text, time.getSecond());
		}
		else {
			text.append(value);
		}
	}

	private static StringBuilder twoDigits(StringBuilder text, int value) {
		return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

}
