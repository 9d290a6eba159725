package io.finseg.datagen;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the run's seed and a customer's or household's
 * index, so that every customer comes out the same whatever the chunking or thread count.
 */
final class Seeds {

	static final long CUSTOMER = 0x43555354L;

	static final long HOUSEHOLD = 0x484F5553L;

	private Seeds() {
	}

	static SplittableRandom random(long seed, long salt, long index) {
		return new SplittableRandom(mix(mix(seed ^ salt) + index));
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return z ^ (z >>> 33);
	}

}
