package io.finseg.segment.builder;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.AttributeType;
import io.finseg.segment.Operator;
import io.finseg.segment.RuleNode;

/**
 * Reads one node of the builder form from its fields ({@code kind_r-0}, {@code attribute_r-0},
 * {@code value_r-0}…) and picks sensible defaults when an attribute is chosen or changed.
 */
final class FormFields {

	private FormFields() {
	}

	static BuilderNode node(MultiValueMap<String, String> fields, String path, AttributeCatalogue catalogue) {
		String kind = fields.getFirst("kind_" + path);
		if ("GROUP".equals(kind)) {
			return BuilderNode.group("OR".equals(fields.getFirst("logic_" + path)) ? RuleNode.Logic.OR : RuleNode.Logic.AND);
		}
		if ("SEGMENT".equals(kind)) {
			Integer id = BuilderForm.parseInteger(fields.getFirst("segment_" + path));
			return BuilderNode.segment(id == null ? null : id.longValue(), "true".equals(fields.getFirst("negated_" + path)));
		}
		if ("BEHAVIOUR".equals(kind)) {
			return BuilderNode.behaviour(BehaviourFields.read(fields, path));
		}
		if ("SCORE".equals(kind)) {
			Integer model = BuilderForm.parseInteger(fields.getFirst("model_" + path));
			Integer percent = BuilderForm.parseInteger(fields.getFirst("percent_" + path));
			return BuilderNode.score(model == null ? -1 : model, percent == null || percent < 1 || percent > 99 ? 50 : percent);
		}
		if ("CLUSTER".equals(kind)) {
			Integer run = BuilderForm.parseInteger(fields.getFirst("run_" + path));
			Integer cluster = BuilderForm.parseInteger(fields.getFirst("cluster_" + path));
			return BuilderNode.cluster(run == null ? -1 : run, cluster == null ? -1 : cluster);
		}
		Optional<Attribute> attribute = catalogue.ruleAttribute(fields.getFirst("attribute_" + path));
		if (attribute.isEmpty()) {
			return BuilderNode.condition(null, null, List.of());
		}
		Operator operator = parseOperator(fields.getFirst("operator_" + path));
		List<String> values = fields.getOrDefault("value_" + path, List.of());
		if (operator == null || !attribute.get().operators().contains(operator)) {
			// A new attribute: its usual comparison, and no value carried over from another type.
			return BuilderNode.condition(attribute.get().column(), defaultOperator(attribute.get()), defaultValues(attribute.get()));
		}
		return BuilderNode.condition(attribute.get().column(), operator, values(attribute.get(), operator, values));
	}

	/** Typed values: blanks dropped, a list typed as "a, b, c" split at the commas. */
	private static List<String> values(Attribute attribute, Operator operator, List<String> raw) {
		boolean list = operator == Operator.IN || operator == Operator.NOT_IN;
		if (list && attribute.type() != AttributeType.ENUM) {
			return raw.stream().flatMap(text -> Arrays.stream(text.split(","))).map(String::strip)
				.filter(text -> !text.isEmpty()).toList();
		}
		if (operator == Operator.BETWEEN) {
			return raw.stream().map(String::strip).limit(2).toList();
		}
		return raw.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
	}

	static Operator defaultOperator(Attribute attribute) {
		if ("days".equals(attribute.unit())) {
			return Operator.WITHIN_LAST_DAYS;
		}
		return switch (attribute.type()) {
			case INTEGER, DECIMAL -> Operator.GE;
			case ENUM -> Operator.IN;
			case DATE -> Operator.AFTER;
			case TEXT, BOOLEAN -> Operator.EQ;
		};
	}

	static List<String> defaultValues(Attribute attribute) {
		return attribute.type() == AttributeType.BOOLEAN ? List.of("true") : List.of();
	}

	private static Operator parseOperator(String text) {
		return Arrays.stream(Operator.values()).filter(o -> o.name().equals(text)).findFirst().orElse(null);
	}

}
