package io.finseg.segment;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A rule tree in words, with labels, units and enum labels from messages.properties:
 * "age ≥ 30 and (has a mortgage = yes or total balance > £50,000)".
 */
@Component
public class RuleSentence {

	private final AttributeCatalogue catalogue;

	private final MessageSource messages;

	private final SentenceText phrases;

	private final BehaviourSentence behaviour;

	RuleSentence(AttributeCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
		this.phrases = new SentenceText(messages);
		this.behaviour = new BehaviourSentence(messages);
	}

	/** @param segmentNames the name of a referenced segment, by id */
	public String of(RuleNode rule, LongFunction<String> segmentNames, Locale locale) {
		return words(rule, segmentNames, locale, true);
	}

	private String words(RuleNode node, LongFunction<String> names, Locale locale, boolean top) {
		if (node instanceof RuleNode.Group group) {
			String joined = group.children().stream().map(child -> words(child, names, locale, false))
				.collect(Collectors.joining(" " + phrases.text("segment.sentence." + group.logic().name(), locale) + " "));
			return top || group.children().size() == 1 ? joined : "(" + joined + ")";
		}
		if (node instanceof BehaviourCondition condition) {
			return behaviour.of(condition, locale);
		}
		if (node instanceof RuleNode.ScoreCondition score) {
			return phrases.text("segment.sentence.score", locale, score.atLeastPercent(), score.modelId());
		}
		if (node instanceof RuleNode.ClusterCondition cluster) {
			return phrases.text("segment.sentence.cluster", locale, cluster.cluster() + 1, cluster.runId());
		}
		if (node instanceof RuleNode.SegmentReference reference) {
			return phrases.text(reference.negated() ? "segment.sentence.notIn" : "segment.sentence.in", locale,
					names.apply(reference.segmentId()));
		}
		RuleNode.Condition condition = (RuleNode.Condition) node;
		Attribute attribute = catalogue.ruleAttribute(condition.attribute()).orElse(null);
		String label = attribute == null ? String.valueOf(condition.attribute())
				: attribute.isCustom() ? attribute.label()
				: messages.getMessage(attribute.labelKey(), null, condition.attribute(), locale).toLowerCase(locale);
		List<String> values = condition.values().stream().map(value -> value(attribute, value, locale)).toList();
		return phrases.text("segment.sentence." + condition.operator().name(), locale, label,
				values.isEmpty() ? "" : values.get(0), values.size() > 1 ? values.get(1) : "", String.join(", ", values));
	}

	private String value(Attribute attribute, String value, Locale locale) {
		if (attribute == null) {
			return value;
		}
		if (attribute.isCustom()) {
			return custom(attribute, value, locale);
		}
		return switch (attribute.type()) {
			case ENUM -> messages.getMessage(attribute.valueLabelKey(value), null, value, locale);
			case BOOLEAN -> phrases.text(Boolean.parseBoolean(value) ? "yes" : "no", locale);
			case INTEGER, DECIMAL -> (attribute.isMoney() ? "£" : "") + SentenceText.grouped(value);
			default -> value;
		};
	}

	/** A declared attribute's value: list values as typed, numbers with the unit the admin gave. */
	private String custom(Attribute attribute, String value, Locale locale) {
		return switch (attribute.type()) {
			case BOOLEAN -> phrases.text(Boolean.parseBoolean(value) ? "yes" : "no", locale);
			case DECIMAL -> SentenceText.grouped(value) + (attribute.unit() == null ? "" : " " + attribute.unit());
			default -> value;
		};
	}

}
