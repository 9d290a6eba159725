package io.finseg.segment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.finseg.features.FeatureSnapshot;

/**
 * Counts from an in-memory index of the features, implemented by the segment index room so that
 * segments never depend on it (the same direction as {@link ClusterMembership}). The SQL compiler
 * stays the oracle and the fallback: whenever this answers empty, the SQL path answers.
 */
public interface IndexedCounts {

	/**
	 * The members of an already compiled (so valid) rule, or empty when the index is off, not
	 * built from {@code snapshot}, or holds no answer for a node of the rule (e.g. a kind of
	 * condition it does not know).
	 */
	Optional<IndexedMembers> members(RuleNode rule, SegmentRules segments, FeatureSnapshot snapshot);

	/**
	 * The same, with the rule's rows kept by the index under {@code sameRule}, a complete
	 * description of the rule and everything it refers to (its compiled SQL and parameters): the
	 * builder asks for the count, the first members and the consent breakdown of one rule, and
	 * every keystroke asks again. Erasures still count at once: only the rows before leaving out
	 * erased customers are kept, and only as long as the index they came from.
	 */
	default Optional<IndexedMembers> members(RuleNode rule, SegmentRules segments, FeatureSnapshot snapshot,
			CompiledRule sameRule) {
		return members(rule, segments, snapshot);
	}

	/** A rule's members as the index holds them. */
	interface IndexedMembers {

		/** The members and how many of them may be contacted on each channel. */
		SegmentCount count();

		/** Members per consent status, every status of the catalogue present (0 when none). */
		Map<String, Long> consentBreakdown();

		/** The first {@code size} member ids in id order. */
		List<Long> first(int size);

		/** Members of both; {@code other} comes from the same index. */
		long inBoth(IndexedMembers other);

	}

}
