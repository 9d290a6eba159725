package io.finseg.lookalike;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The seeded split of a campaign's target members: 70 % to train on, 30 % to test on, each part
 * a random sample of at most {@code cap} customers. The same seed and members give the same parts.
 */
record SeededSplit(int[] train, int[] test) {

	static final double TRAIN_SHARE = 0.7;

	static SeededSplit of(int[] members, long seed, int cap) {
		int[] shuffled = members.clone();
		Arrays.sort(shuffled);
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = shuffled.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = shuffled[i];
			shuffled[i] = shuffled[j];
			shuffled[j] = swap;
		}
		int trainSize = (int) Math.round(shuffled.length * TRAIN_SHARE);
		int[] train = Arrays.copyOfRange(shuffled, 0, Math.min(trainSize, cap));
		int[] test = Arrays.copyOfRange(shuffled, trainSize, Math.min(shuffled.length, trainSize + cap));
		Arrays.sort(train);
		Arrays.sort(test);
		return new SeededSplit(train, test);
	}

}
