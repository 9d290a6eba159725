package io.finseg.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** SQL-injection and type-confusion payloads: classics, each with quoting and comment variants. */
final class InjectionPayloads {

	private static final List<String> CLASSICS = List.of("' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE customer",
			"1); DROP TABLE segment; --", "' UNION SELECT password_hash FROM app_user --", "' AND SLEEP(5) --",
			"'; WAITFOR DELAY '0:0:5' --", "1 OR BENCHMARK(10000000,MD5(1))", "admin'--", "' OR ''='", "%", "_", "%%", "!",
			"!%", "\\", "\\'", "\\\"", "`", "``", "/*", "*/", "/**/", "#", "-- ", ";", "'; --", "\u0000", "\u0000' OR 1=1",
			"\n OR 1=1", "\r\n", "\t", "NULL", "null", "nil", "undefined", "true", "false", "TRUE", "1=1", "0", "-0", "00",
			"1e309", "-1e309", "NaN", "Infinity", "-Infinity", "0x41", "0b101", "1_000", "1,000", "١٢٣", "+1", "1.0.0",
			"9999999999999999999999", "-9223372036854775809", "3.14abc", "abc", "", " ", "  42  ", "[]", "{}",
			"{\"type\":\"group\"}", "<script>alert(1)</script>", "${7*7}", "#{7*7}", "*{7*7}", "__${T(java.lang.Runtime)}__",
			"' || (SELECT name FROM customer LIMIT 1) || '", "CHAR(39)", "CONCAT('a','b')", "f.age", "f.age OR 1=1",
			"customer_features_a", "app_user", "security.password_hash", "age; DELETE FROM customer", "age --",
			"age/**/OR/**/1=1", "AGE", "Age", " age", "age ", "age\u0000", "life_stage' OR 'a'='a", "RETIRED' OR '1'='1",
			"retired", "RETIRED ", "STUDENT,RETIRED", "ZÖË", "😀", "x".repeat(101), "x".repeat(5000));

	private static final List<String> WRAPS = List.of("%s", "'%s", "%s'", "\"%s\"", "(%s)", "%s--", "%s;");

	private InjectionPayloads() {
	}

	static List<String> all() {
		Set<String> payloads = new LinkedHashSet<>();
		for (String wrap : WRAPS) {
			for (String classic : CLASSICS) {
				payloads.add(wrap.formatted(classic));
			}
		}
		return new ArrayList<>(payloads);
	}

}
