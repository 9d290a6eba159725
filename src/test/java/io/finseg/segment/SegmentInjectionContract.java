package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * Hostile text in every place a rule takes text: it is refused in words or bound as a value,
 * and the SQL the compiler writes never changes with it.
 */
abstract class SegmentInjectionContract {

	@Autowired
	RuleCompiler compiler;

	@Autowired
	SegmentService segments;

	@Autowired
	AttributeCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	final List<String> payloads = InjectionPayloads.all();

	@Test
	void hasAtLeastTwoHundredPayloads() {
		assertThat(payloads).hasSizeGreaterThanOrEqualTo(200);
	}

	@Test
	void refusesEveryHostileAttributeName() {
		for (String payload : payloads) {
			if (catalogue.find(payload).isPresent()) {
				continue;
			}
			assertRefused(new RuleNode.Condition(payload, Operator.EQ, List.of("1")), payload);
		}
	}

	@Test
	void refusesEveryHostileOperatorInAStoredRule() {
		for (String payload : payloads) {
			String json = "{\"schemaVersion\":1,\"root\":{\"type\":\"condition\",\"attribute\":\"age\",\"operator\":"
					+ quote(payload) + ",\"values\":[\"1\"]}}";
			try {
				RuleNode rule = RuleJson.read(json);
				assertThat(((RuleNode.Condition) rule).operator().name()).as(payload).isEqualTo(payload);
			}
			catch (RuleException refused) {
				assertThat(refused.messageKey()).isEqualTo("segment.problem.unreadable");
			}
		}
	}

	@Test
	void bindsOrRefusesEveryHostileValueAndWritesTheSameSql() {
		Set<String> shapes = new TreeSet<>();
		for (Attribute attribute : catalogue.all()) {
			for (Operator operator : attribute.operators()) {
				if (operator.arity() == 0) {
					continue;
				}
				for (String payload : payloads) {
					List<String> values = new ArrayList<>();
					for (int i = 0; i < Math.max(1, operator.arity()); i++) {
						values.add(payload);
					}
					RuleNode rule = new RuleNode.Condition(attribute.column(), operator, values);
					try {
						CompiledRule compiled = compiler.compile(rule, id -> java.util.Optional.empty(), null);
						assertThat(compiled.parameters().values()).as("%s %s %s", attribute.column(), operator, payload)
							.allSatisfy(value -> assertThat(value).isNotNull());
						shapes.add(attribute.column() + " " + operator + ": " + compiled.condition());
						if (attribute.type() == AttributeType.TEXT) {
							segments.count(rule, null);
						}
					}
					catch (RuleException refused) {
						assertThat(refused.messageKey()).startsWith("segment.problem.");
					}
				}
			}
		}
		Set<String> benign = new TreeSet<>();
		for (Attribute attribute : catalogue.all()) {
			for (Operator operator : attribute.operators()) {
				if (operator.arity() != 0) {
					String value = switch (attribute.type()) {
						case BOOLEAN -> "true";
						case ENUM -> attribute.values().get(0);
						case TEXT -> "25";
						case DATE -> "2026-01-01";
						default -> "1";
					};
					List<String> values = new ArrayList<>();
					for (int i = 0; i < Math.max(1, operator.arity()); i++) {
						values.add(value);
					}
					benign.add(attribute.column() + " " + operator + ": " + compiler
						.compile(new RuleNode.Condition(attribute.column(), operator, values), id -> java.util.Optional.empty(),
								null)
						.condition());
				}
			}
		}
		assertThat(benign).containsAll(shapes);
	}

	@Test
	void storesHostileSegmentNamesAsTextAndReferencesThemBySql() {
		RuleNode adults = new RuleNode.Condition("age", Operator.GE, List.of("18"));
		long plain = segments.create("Plain " + System.nanoTime(), null, Purpose.GENERAL, "tester", adults);
		String expected = segments.check(new RuleNode.SegmentReference(plain, false), null).condition();
		for (String payload : payloads) {
			if (payload.isBlank() || payload.length() > 100 || payload.contains("\u0000")) {
				continue;
			}
			String name = payload + " #" + System.nanoTime();
			if (name.length() > 100) {
				continue;
			}
			long id = segments.create(name, payload, Purpose.GENERAL, "tester", adults);
			assertThat(segments.get(id).name()).isEqualTo(name);
			assertThat(segments.get(id).description()).isEqualTo(payload);
			assertThat(segments.check(new RuleNode.SegmentReference(id, false), null).condition()).isEqualTo(expected);
		}
	}

	private void assertRefused(RuleNode rule, String payload) {
		try {
			segments.count(rule, null);
			throw new AssertionError("accepted " + payload);
		}
		catch (RuleException refused) {
			assertThat(refused.messageKey()).isEqualTo("segment.problem.unknownAttribute");
		}
	}

	private static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append("\\u%04x".formatted((int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
