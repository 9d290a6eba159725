package io.finseg.segment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import io.finseg.segment.BehaviourCondition.Filter;

/**
 * A behavioural condition in words: "at least 3 card payments in the last 90 days", "a total of
 * at least £500 of travel transactions where amount ≥ £50 between 1 Jan 2026 and 31 Mar 2026".
 * A filter on one code of the activity's main field becomes a word before the noun; the others
 * follow after "where".
 */
final class BehaviourSentence {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final MessageSource messages;

	private final SentenceText phrases;

	BehaviourSentence(MessageSource messages) {
		this.messages = messages;
		this.phrases = new SentenceText(messages);
	}

	String of(BehaviourCondition condition, Locale locale) {
		if (condition.activity() == null || condition.measure() == null) {
			return phrases.text("segment.sentence.behaviour.incomplete", locale);
		}
		List<String> adjectives = new ArrayList<>();
		List<String> clauses = new ArrayList<>();
		for (Filter filter : condition.filters()) {
			if (filter.operator() == Operator.IN && filter.values().size() == 1 && isAdjective(filter.field())) {
				adjectives.add(valueLabel(filter.field(), filter.values().get(0), locale));
			}
			else {
				clauses.add(clause(filter, locale));
			}
		}
		String threshold = String.valueOf(condition.threshold()).trim();
		boolean one = threshold.equals("1") && !condition.measure().isTotal();
		String noun = phrases.text("segment.behaviour.noun." + condition.activity().name() + (one ? ".one" : ".many"), locale);
		String things = adjectives.isEmpty() ? noun : String.join(" ", adjectives) + " " + noun;
		String amount = condition.measure().isTotal() ? "£" + SentenceText.grouped(threshold) : SentenceText.grouped(threshold);
		StringBuilder words = new StringBuilder(
				phrases.text("segment.sentence.behaviour." + condition.measure().name(), locale, amount, things));
		if (!clauses.isEmpty()) {
			words.append(' ').append(phrases.text("segment.sentence.behaviour.where", locale, String.join(", ", clauses)));
		}
		String period = period(condition.period(), locale);
		if (!period.isEmpty()) {
			words.append(' ').append(period);
		}
		return words.toString();
	}

	private static boolean isAdjective(String field) {
		return List.of("method", "category", "channel", "type").contains(field);
	}

	private String clause(Filter filter, Locale locale) {
		String field = phrases.text("segment.behaviour.field." + filter.field(), locale);
		List<String> values = filter.values().stream().map(value -> "amount".equals(filter.field())
				? "£" + SentenceText.grouped(value) : valueLabel(filter.field(), value, locale)).toList();
		String operator = filter.operator() == null ? "" : filter.operator().name();
		return phrases.text("segment.sentence." + operator, locale, field, values.isEmpty() ? "" : values.get(0),
				values.size() > 1 ? values.get(1) : "", String.join(", ", values));
	}

	private String valueLabel(String field, String value, Locale locale) {
		if ("recipient".equals(field)) {
			return value;
		}
		String fallback = value.toLowerCase(Locale.ROOT).replace('_', ' ');
		return messages.getMessage("segment.behaviour.value." + value, null, fallback, locale);
	}

	private String period(BehaviourCondition.Period period, Locale locale) {
		return switch (period.kind()) {
			case EVER -> "";
			case LAST_DAYS -> phrases.text("segment.sentence.behaviour.lastDays", locale, first(period));
			case BETWEEN -> phrases.text("segment.sentence.behaviour.between", locale, day(first(period)),
					day(period.values().size() > 1 ? period.values().get(1) : ""));
		};
	}

	private static String first(BehaviourCondition.Period period) {
		return period.values().isEmpty() ? "" : period.values().get(0);
	}

	private static String day(String text) {
		try {
			return LocalDate.parse(text.trim()).format(DAY);
		}
		catch (DateTimeParseException e) {
			return text;
		}
	}

}
