package io.finseg.segment;

import java.util.List;

/** A node of a segment's rule tree: a group of nodes, a condition, or a reference to a segment. */
public sealed interface RuleNode
		permits RuleNode.Group, RuleNode.Condition, RuleNode.SegmentReference, RuleNode.ClusterCondition,
		RuleNode.ScoreCondition, BehaviourCondition {

	/** All children must hold (AND) or at least one (OR). */
	record Group(Logic logic, List<RuleNode> children) implements RuleNode {

		public Group {
			children = List.copyOf(children);
		}

	}

	/** {@code attribute operator values}: the number of values depends on the operator. */
	record Condition(String attribute, Operator operator, List<String> values) implements RuleNode {

		public Condition {
			values = values == null ? List.of() : List.copyOf(values);
		}

	}

	/** The customer is (or, negated, is not) in another saved segment. */
	record SegmentReference(long segmentId, boolean negated) implements RuleNode {
	}

	/** The customer is in a cluster of a clustering run ({@link ClusterMembership}). */
	record ClusterCondition(long runId, int cluster) implements RuleNode {
	}

	/**
	 * A look-alike model scored the customer at least {@code atLeastPercent} % ({@link ModelScores}),
	 * a whole percentage from 1 to 99.
	 */
	record ScoreCondition(long modelId, int atLeastPercent) implements RuleNode {

		public ScoreCondition {
			if (atLeastPercent < 1 || atLeastPercent > 99) {
				throw new IllegalArgumentException("A look-alike score threshold is a whole percentage from 1 to 99");
			}
		}

		/** The threshold as the chance the scores are kept in. */
		public double minimum() {
			return atLeastPercent / 100.0;
		}

	}

	enum Logic {
		AND, OR
	}

}
