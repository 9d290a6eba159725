package io.finseg.datagen;

import java.util.SplittableRandom;

/**
 * Households are planned per block of four consecutive customers (by index in the run), from
 * the block's own random stream: positions 0 and 1 may be a couple, position 2 their grown-up
 * child who studies. Chunks hold whole blocks, so a relationship never points into another
 * chunk. The shares give about 30 % of customers in a household and 0.5 relationship rows per
 * customer (docs/data.md).
 */
record HouseholdPlan(Kind kind, LifeStage parentStage, boolean married, int baseAge, int childAge,
		int sharedPick) {

	static final int BLOCK_SIZE = 4;

	private static final double COUPLE = 0.48;

	private static final double COUPLE_WITH_CHILD = 0.08;

	/** Stage weights of customers outside a household, chosen so that all stages end near 16–24 %. */
	private static final double[] FREE_STAGE_WEIGHTS = { 0.2286, 0.3143, 0.1371, 0.1429, 0.1771 };

	enum Kind {

		NONE(0), COUPLE(2), COUPLE_WITH_CHILD(3);

		final int members;

		Kind(int members) {
			this.members = members;
		}

	}

	static HouseholdPlan forBlock(long seed, int block, int customers) {
		SplittableRandom random = Seeds.random(seed, Seeds.HOUSEHOLD, block);
		double kindDraw = random.nextDouble();
		Kind kind = kindDraw < COUPLE ? Kind.COUPLE : kindDraw < COUPLE + COUPLE_WITH_CHILD ? Kind.COUPLE_WITH_CHILD : Kind.NONE;
		if ((long) block * BLOCK_SIZE + kind.members > customers) {
			kind = Kind.NONE;
		}
		LifeStage parentStage = LifeStage.ESTABLISHED;
		int baseAge = random.nextInt(51, 61);
		if (kind == Kind.COUPLE) {
			double stageDraw = random.nextDouble();
			parentStage = stageDraw < 0.60 ? LifeStage.FAMILY
					: stageDraw < 0.85 ? LifeStage.ESTABLISHED : LifeStage.RETIRED;
			baseAge = switch (parentStage) {
				case FAMILY -> random.nextInt(30, 44);
				case ESTABLISHED -> random.nextInt(52, 63);
				default -> random.nextInt(67, 85);
			};
		}
		boolean married = random.nextDouble() < 0.7;
		int childAge = random.nextInt(18, 25);
		return new HouseholdPlan(kind, parentStage, married, baseAge, childAge, random.nextInt(Integer.MAX_VALUE));
	}

	/** The life stage of the customer at this position of the block. */
	LifeStage stageAt(int position, double freeDraw) {
		if (isParent(position)) {
			return parentStage;
		}
		if (isChild(position)) {
			return LifeStage.STUDENT;
		}
		return freeStage(freeDraw);
	}

	boolean isParent(int position) {
		return kind != Kind.NONE && position < 2;
	}

	boolean isChild(int position) {
		return kind == Kind.COUPLE_WITH_CHILD && position == 2;
	}

	boolean inHousehold(int position) {
		return isParent(position) || isChild(position);
	}

	/** Partners' ages differ by a few years, each within its stage's range. */
	int parentAge(int position) {
		int age = baseAge + (position == 0 ? 1 : -1) * (sharedPick % 3);
		return switch (parentStage) {
			case FAMILY -> Math.max(28, Math.min(45, age));
			case ESTABLISHED -> Math.max(50, Math.min(64, age));
			default -> Math.max(65, age);
		};
	}

	static LifeStage freeStage(double draw) {
		double cumulative = 0;
		LifeStage[] stages = LifeStage.values();
		for (int i = 0; i < stages.length; i++) {
			cumulative += FREE_STAGE_WEIGHTS[i];
			if (draw < cumulative) {
				return stages[i];
			}
		}
		return LifeStage.RETIRED;
	}

}
