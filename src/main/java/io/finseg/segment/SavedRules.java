package io.finseg.segment;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Saved segments' parsed rules, each with the version it was read at. Whoever asks has read the
 * segment's current version first; a rule read at another version is not given back.
 */
class SavedRules {

	/** The optimistic-lock version and creation time a rule was read at. */
	record Stamp(int version, LocalDateTime createdAt) {
	}

	private record Held(Stamp stamp, RuleNode rule) {
	}

	private final ConcurrentMap<Long, Held> rules = new ConcurrentHashMap<>();

	/** The rule held for {@code id} if it was read at {@code current}. */
	Optional<RuleNode> held(long id, Stamp current) {
		Held held = rules.get(id);
		return held != null && held.stamp().equals(current) ? Optional.of(held.rule()) : Optional.empty();
	}

	RuleNode hold(long id, Stamp stamp, RuleNode rule) {
		rules.put(id, new Held(stamp, rule));
		return rule;
	}

	void forget(long id) {
		rules.remove(id);
	}

}
