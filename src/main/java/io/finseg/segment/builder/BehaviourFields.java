package io.finseg.segment.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.util.MultiValueMap;

import io.finseg.segment.ActivityTable;
import io.finseg.segment.BehaviourCondition;
import io.finseg.segment.BehaviourCondition.Activity;
import io.finseg.segment.BehaviourCondition.Filter;
import io.finseg.segment.BehaviourCondition.Measure;
import io.finseg.segment.BehaviourCondition.Period;
import io.finseg.segment.Operator;

/**
 * Reads a behavioural row of the builder form: {@code activity_r-0}, {@code measure_r-0},
 * {@code threshold_r-0}, {@code period_r-0} with {@code days_r-0} or {@code from_r-0} and
 * {@code to_r-0}, and per filter field {@code f_r-0_method} (the codes ticked), the text of
 * {@code f_r-0_recipient}, or {@code min_r-0} / {@code max_r-0} for the amount. Only the
 * fields of the chosen activity are read, so changing the activity drops the others' filters.
 */
final class BehaviourFields {

	/** What a new behavioural row starts with: at least one payment in the last 90 days. */
	static final BehaviourCondition NEW_ROW = new BehaviourCondition(Activity.PAYMENTS, Measure.AT_LEAST, "1", List.of(),
			Period.lastDays(90));

	private BehaviourFields() {
	}

	static BehaviourCondition read(MultiValueMap<String, String> fields, String path) {
		Activity activity = parse(Activity.class, fields.getFirst("activity_" + path), Activity.PAYMENTS);
		Measure measure = parse(Measure.class, fields.getFirst("measure_" + path), Measure.AT_LEAST);
		Period.Kind kind = parse(Period.Kind.class, fields.getFirst("period_" + path), Period.Kind.LAST_DAYS);
		Period period = switch (kind) {
			case LAST_DAYS -> new Period(kind, List.of(text(fields.getFirst("days_" + path))));
			case BETWEEN -> new Period(kind, List.of(text(fields.getFirst("from_" + path)), text(fields.getFirst("to_" + path))));
			case EVER -> Period.ever();
		};
		List<Filter> filters = new ArrayList<>();
		for (ActivityTable.Field field : ActivityTable.of(activity).fields().values()) {
			switch (field.kind()) {
				case CHOICE, OPEN_CHOICE -> {
					List<String> codes = fields.getOrDefault("f_" + path + "_" + field.key(), List.of()).stream()
						.map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
					if (!codes.isEmpty()) {
						filters.add(new Filter(field.key(), Operator.IN, codes));
					}
				}
				case TEXT -> {
					String part = text(fields.getFirst("f_" + path + "_" + field.key()));
					if (!part.isEmpty()) {
						filters.add(new Filter(field.key(), Operator.CONTAINS, List.of(part)));
					}
				}
				case AMOUNT -> amount(fields, path).ifPresent(filters::add);
			}
		}
		return new BehaviourCondition(activity, measure, text(fields.getFirst("threshold_" + path)), filters, period);
	}

	private static java.util.Optional<Filter> amount(MultiValueMap<String, String> fields, String path) {
		String min = text(fields.getFirst("min_" + path));
		String max = text(fields.getFirst("max_" + path));
		if (!min.isEmpty() && !max.isEmpty()) {
			return java.util.Optional.of(new Filter("amount", Operator.BETWEEN, List.of(min, max)));
		}
		if (!min.isEmpty()) {
			return java.util.Optional.of(new Filter("amount", Operator.GE, List.of(min)));
		}
		return max.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Filter("amount", Operator.LE, List.of(max)));
	}

	/** What the row still needs, as a message key; null when it can be counted. */
	static String missing(BehaviourCondition behaviour) {
		if (behaviour.threshold() == null || behaviour.threshold().isBlank()) {
			return "segment.builder.missing.threshold";
		}
		return behaviour.period().values().stream().anyMatch(String::isBlank) ? "segment.builder.missing.period" : null;
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, E fallback) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(text)).findFirst()
			.orElse(fallback);
	}

}
