package io.finseg.segment;

import java.util.Optional;

/** Looks up the rule tree of a saved segment, for references between segments. */
@FunctionalInterface
public interface SegmentRules {

	Optional<RuleNode> ruleOf(long segmentId);

}
