package io.finseg.datagen;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A fixed set of values drawn with weights. */
final class Weighted<T> {

	private final List<T> values;

	private final double[] cumulative;

	private Weighted(List<T> values, double[] weights) {
		this.values = List.copyOf(values);
		this.cumulative = new double[weights.length];
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double running = 0;
		for (int i = 0; i < weights.length; i++) {
			running += weights[i];
			cumulative[i] = running / total;
		}
	}

	/** Alternating value, weight, value, weight, … */
	@SuppressWarnings("unchecked")
	static <T> Weighted<T> of(Object... valuesAndWeights) {
		List<T> values = new ArrayList<>();
		double[] weights = new double[valuesAndWeights.length / 2];
		for (int i = 0; i < valuesAndWeights.length; i += 2) {
			values.add((T) valuesAndWeights[i]);
			weights[i / 2] = ((Number) valuesAndWeights[i + 1]).doubleValue();
		}
		return new Weighted<>(values, weights);
	}

	T pick(RandomGenerator random) {
		double draw = random.nextDouble();
		for (int i = 0; i < cumulative.length; i++) {
			if (draw < cumulative[i]) {
				return values.get(i);
			}
		}
		return values.get(values.size() - 1);
	}

	List<T> values() {
		return values;
	}

}
