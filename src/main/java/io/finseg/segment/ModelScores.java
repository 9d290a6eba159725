package io.finseg.segment;

import java.util.Optional;

/**
 * How a look-alike model's scores become a segment condition: implemented by the look-alike room,
 * which owns the models and their scores, so that segments never depend on it (the same
 * direction as {@link ClusterMembership}).
 */
public interface ModelScores {

	/**
	 * A sub-query selecting {@code customer_id} of the customers the model scored at least a
	 * minimum, over a fixed table of the implementation, with {@code :model} and {@code :minimum}
	 * (a chance from 0 to 1) where the compiler binds them; empty when the model has no scores.
	 */
	Optional<String> scoredAtLeastQuery(long modelId);

	/** True when the model was trained on a protected attribute (for the fair-lending guard). */
	boolean usesProtectedAttributes(long modelId);

}
