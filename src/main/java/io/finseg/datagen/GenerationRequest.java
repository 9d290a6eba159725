package io.finseg.datagen;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many customers, from which seed, with every date relative to the
 * anchor date. The same seed and anchor date give the same customers.
 */
public record GenerationRequest(int customers, long seed, LocalDate anchorDate) {

	public GenerationRequest {
		if (customers < 0) {
			throw new IllegalArgumentException("customers must not be negative, was " + customers);
		}
		Objects.requireNonNull(anchorDate, "anchorDate");
	}

	public static GenerationRequest of(int customers, long seed) {
		return new GenerationRequest(customers, seed, LocalDate.now());
	}

}
