package io.finseg.datagen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import net.datafaker.Faker;

/**
 * Names, streets, places, jobs and merchants, made once with Datafaker and then picked at
 * random. A Faker call per field is about 40 times slower than a pick, and Faker is not
 * thread-safe, so the pools are built by one Faker with a fixed seed (the same pools in every
 * run) and shared read-only by the generating threads.
 */
final class FakerPools {

	private static final long POOL_SEED = 20261124L;

	private static final String[] REGIONS = { "London", "South East", "South West", "East of England",
			"West Midlands", "East Midlands", "Yorkshire and the Humber", "North West", "North East", "Wales",
			"Scotland", "Northern Ireland" };

	private static volatile FakerPools instance;

	final List<String> firstNames;

	final List<String> lastNames;

	final List<String> streets;

	final List<Place> places;

	final List<String> jobs;

	final List<String> merchants;

	final List<String> payees;

	record Place(String city, String region, String postcode) {
	}

	private FakerPools(Faker faker) {
		firstNames = distinct(() -> faker.name().firstName(), 800);
		lastNames = distinct(() -> faker.name().lastName(), 800);
		streets = distinct(() -> faker.address().streetAddress(), 3000);
		List<String> cities = distinct(() -> faker.address().city(), 400);
		Random random = new Random(POOL_SEED);
		places = cities.stream()
			.map(city -> new Place(city, REGIONS[random.nextInt(REGIONS.length)], faker.address().postcode()))
			.toList();
		jobs = distinct(() -> faker.job().title(), 400);
		merchants = distinct(() -> faker.company().name(), 600);
		payees = distinct(() -> faker.company().name() + " " + faker.options().option("Ltd", "plc", "Services"), 300);
	}

	static FakerPools get() {
		FakerPools pools = instance;
		if (pools == null) {
			synchronized (FakerPools.class) {
				pools = instance;
				if (pools == null) {
					pools = new FakerPools(new Faker(Locale.UK, new Random(POOL_SEED)));
					instance = pools;
				}
			}
		}
		return pools;
	}

	static <T> T pick(List<T> pool, RandomGenerator random) {
		return pool.get(random.nextInt(pool.size()));
	}

	/** Letters only, lower case: for e-mail addresses and usernames. */
	static String asciiLower(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

	private static List<String> distinct(Supplier<String> source, int size) {
		List<String> values = new ArrayList<>(size);
		Set<String> seen = new HashSet<>();
		for (int attempts = 0; values.size() < size && attempts < size * 20; attempts++) {
			String value = source.get();
			if (seen.add(value)) {
				values.add(value);
			}
		}
		return List.copyOf(values);
	}

}
