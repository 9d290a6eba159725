package io.finseg.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.finseg.segment.BehaviourCondition.Activity;
import io.finseg.segment.BehaviourCondition.Filter;
import io.finseg.segment.BehaviourCondition.Measure;
import io.finseg.segment.BehaviourCondition.Period;

/**
 * Seeded random behavioural conditions: every activity, measure, filter field and operator and
 * period kind, values drawn from the rows (sometimes in another case), thresholds that split
 * the customers; and rules that combine one with feature conditions.
 */
final class RandomBehaviour {

	private static final int[] DAYS = { 1, 7, 30, 90, 180, 365, 730 };

	private static final String[] TOTALS = { "0", "25", "100", "500", "2000", "10000" };

	private final Random random;

	private final ActivityRows rows;

	private final LocalDate asOf;

	RandomBehaviour(long seed, ActivityRows rows, LocalDate asOf) {
		this.random = new Random(seed);
		this.rows = rows;
		this.asOf = asOf;
	}

	BehaviourCondition condition() {
		Activity activity = pick(Activity.values());
		Measure measure = activity == Activity.COMMUNICATIONS ? pick(Measure.AT_LEAST, Measure.AT_MOST) : pick(Measure.values());
		String threshold = measure.isTotal() ? pick(TOTALS) : Integer.toString(random.nextInt(7));
		List<Filter> filters = new ArrayList<>();
		List<ActivityTable.Field> fields = new ArrayList<>(ActivityTable.of(activity).fields().values());
		int count = random.nextInt(3);
		for (int i = 0; i < count; i++) {
			filters.add(filter(activity, fields.get(random.nextInt(fields.size()))));
		}
		return new BehaviourCondition(activity, measure, threshold, filters, period());
	}

	/** A behavioural condition alone, or in an AND / OR group with a condition on the features. */
	RuleNode rule() {
		BehaviourCondition behaviour = condition();
		if (random.nextInt(3) == 0) {
			return behaviour;
		}
		RuleNode feature = pick(new RuleNode.Condition("age", Operator.GE, List.of("45")),
				new RuleNode.Condition("has_credit_card", Operator.EQ, List.of("true")),
				new RuleNode.Condition("life_stage", Operator.IN, List.of("RETIRED", "STUDENT")),
				new RuleNode.Condition("tx_count_90d", Operator.GE, List.of("2")));
		List<RuleNode> children = random.nextBoolean() ? List.of(behaviour, feature) : List.of(feature, behaviour);
		if (random.nextInt(4) == 0) {
			children = List.of(new RuleNode.Group(RuleNode.Logic.OR, children), condition());
		}
		return new RuleNode.Group(random.nextBoolean() ? RuleNode.Logic.AND : RuleNode.Logic.OR, children);
	}

	private Filter filter(Activity activity, ActivityTable.Field field) {
		Operator operator = field.operators().get(random.nextInt(field.operators().size()));
		List<String> values = new ArrayList<>();
		switch (field.kind()) {
			case AMOUNT -> {
				int low = random.nextInt(200);
				values.add(Integer.toString(low));
				if (operator == Operator.BETWEEN) {
					values.add(Integer.toString(low + random.nextInt(500)));
				}
			}
			case TEXT -> {
				List<String> seen = rows.values(activity, field.key());
				String recipient = seen.isEmpty() ? "x" : seen.get(random.nextInt(seen.size()));
				int start = random.nextInt(Math.max(1, recipient.length() - 3));
				String part = recipient.substring(start, Math.min(recipient.length(), start + 1 + random.nextInt(4))).strip();
				part = part.isEmpty() ? "a" : part;
				values.add(random.nextBoolean() ? part.toUpperCase(Locale.ROOT) : part);
			}
			default -> {
				int count = 1 + random.nextInt(2);
				for (int i = 0; i < count; i++) {
					String code = field.choices().get(random.nextInt(field.choices().size()));
					values.add(field.kind() == ActivityTable.FieldKind.OPEN_CHOICE && random.nextInt(4) == 0
							? code.toLowerCase(Locale.ROOT) : code);
				}
			}
		}
		return new Filter(field.key(), operator, values);
	}

	private Period period() {
		return switch (random.nextInt(3)) {
			case 0 -> Period.lastDays(DAYS[random.nextInt(DAYS.length)]);
			case 1 -> {
				LocalDate from = asOf.minusDays(random.nextInt(800));
				yield Period.between(from.toString(), from.plusDays(random.nextInt(200)).toString());
			}
			default -> Period.ever();
		};
	}

	@SafeVarargs
	private <T> T pick(T... choices) {
		return choices[random.nextInt(choices.length)];
	}

}
