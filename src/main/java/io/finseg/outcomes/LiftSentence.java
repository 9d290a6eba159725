package io.finseg.outcomes;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The lift in one plain sentence: by how many percentage points the campaign raised or lowered
 * the outcome, the 95 % interval, and whether that could be chance, or that the holdout is too
 * small to tell.
 */
final class LiftSentence {

	private LiftSentence() {
	}

	static String of(Lift lift, Outcome outcome, MessageSource messages, Locale locale) {
		String what = messages.getMessage("Outcome.rate." + outcome.name(), null, locale);
		if (lift.tooSmall()) {
			return messages.getMessage("outcomes.sentence.tooSmall", new Object[] { what,
					LiftFormat.count(lift.holdout().members()), LiftFormat.count(lift.holdout().withOutcome()),
					LiftFormat.count(lift.target().withOutcome()) }, locale);
		}
		Object[] args = { what, LiftFormat.points(Math.abs(lift.absolute())), LiftFormat.signedPoints(lift.absoluteLow()),
				LiftFormat.signedPoints(lift.absoluteHigh()) };
		String key = lift.clear() ? (lift.raised() ? "outcomes.sentence.raised" : "outcomes.sentence.lowered")
				: (lift.raised() ? "outcomes.sentence.chanceHigher" : "outcomes.sentence.chanceLower");
		return messages.getMessage(key, args, locale);
	}

}
