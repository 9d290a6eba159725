package io.finseg.datagen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.random.RandomGenerator;

/** The few distributions the synthesizers draw from. */
final class Draws {

	private Draws() {
	}

	static double logNormal(RandomGenerator random, double median, double sigma) {
		return median * Math.exp(sigma * random.nextGaussian());
	}

	/** Knuth's method: fine for the small means used here. */
	static int poisson(RandomGenerator random, double mean) {
		if (mean <= 0) {
			return 0;
		}
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}

	static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	static boolean chance(RandomGenerator random, double probability) {
		return random.nextDouble() < probability;
	}

	static BigDecimal money(double amount) {
		return BigDecimal.valueOf(Math.round(amount * 100), 2);
	}

	static LocalDate dayBetween(RandomGenerator random, LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
	}

	/** A time in waking hours on that day. */
	static LocalDateTime during(RandomGenerator random, LocalDate day) {
		return day.atTime(random.nextInt(7, 23), random.nextInt(60), random.nextInt(60));
	}

	static String digits(RandomGenerator random, int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		return text.toString();
	}

}
