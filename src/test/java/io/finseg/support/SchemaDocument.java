package io.finseg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads docs/schema.md: each table is a heading {@code ### `name`} followed by a Markdown table
 * whose rows start with {@code | `column` | TYPE |}.
 */
public final class SchemaDocument {

	private static final Pattern TABLE_HEADING = Pattern.compile("^###\\s+`([a-z0-9_]+)`\\s*$");

	private static final Pattern COLUMN_ROW = Pattern.compile("^\\|\\s*`([a-z0-9_]+)`\\s*\\|\\s*([^|]+?)\\s*\\|");

	private SchemaDocument() {
	}

	/** Table name → column name → normalised type, as documented. */
	public static Map<String, Map<String, String>> read(Path file) {
		Map<String, Map<String, String>> tables = new TreeMap<>();
		Map<String, String> current = null;
		try {
			for (String line : Files.readAllLines(file)) {
				Matcher heading = TABLE_HEADING.matcher(line);
				if (heading.matches()) {
					current = tables.computeIfAbsent(heading.group(1), name -> new TreeMap<>());
					continue;
				}
				if (line.startsWith("#")) {
					current = null;
					continue;
				}
				Matcher row = COLUMN_ROW.matcher(line);
				if (current != null && row.find()) {
					current.put(row.group(1), normalise(row.group(2), 0, 0));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tables;
	}

	/**
	 * One name per type family, whatever the database or the document calls it: H2 and MariaDB
	 * report the same Liquibase type under different names.
	 */
	public static String normalise(String typeName, int size, int decimals) {
		String type = typeName.trim().toUpperCase(Locale.ROOT);
		Matcher withSize = Pattern.compile("^([A-Z ]+)\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)$").matcher(type);
		if (withSize.matches()) {
			type = withSize.group(1).trim();
			size = Integer.parseInt(withSize.group(2));
			decimals = withSize.group(3) == null ? 0 : Integer.parseInt(withSize.group(3));
		}
		return switch (type) {
			case "INT", "INTEGER", "INT4" -> "INT";
			case "BIGINT", "INT8" -> "BIGINT";
			case "VARCHAR", "CHARACTER VARYING", "VARCHAR_IGNORECASE" -> "VARCHAR(" + size + ")";
			case "DECIMAL", "NUMERIC" -> "DECIMAL(" + size + "," + decimals + ")";
			case "DOUBLE", "DOUBLE PRECISION", "FLOAT8" -> "DOUBLE";
			case "DATE" -> "DATE";
			case "DATETIME", "TIMESTAMP" -> "DATETIME";
			case "TEXT", "CLOB", "LONGTEXT", "MEDIUMTEXT", "CHARACTER LARGE OBJECT" -> "TEXT";
			case "BOOLEAN", "BIT", "TINYINT" -> "BOOLEAN";
			default -> type;
		};
	}

}
