package io.finseg.features;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The features readers see now: the active table, its as-of date and size. {@code asOf} is
 * null before the first build.
 */
public record FeatureSnapshot(FeatureTable table, LocalDate asOf, LocalDateTime builtAt, long customers) {

	public boolean built() {
		return asOf != null;
	}

}
