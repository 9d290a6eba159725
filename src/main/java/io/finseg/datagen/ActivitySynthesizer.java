package io.finseg.datagen;

import static io.finseg.datagen.Draws.chance;
import static io.finseg.datagen.Draws.money;

import java.time.LocalDate;
import java.time.Month;
import java.util.SplittableRandom;

import io.finseg.customer.CustomerTable;

/**
 * Transactions and payments over the 24 months before the anchor date. Spending follows the
 * stage's categories and amounts, rises in December, and stops months early for the share of
 * customers who lapsed.
 */
final class ActivitySynthesizer {

	/** December is drawn this much more often than other months, and its amounts are higher. */
	private static final double DECEMBER_FREQUENCY = 1.5;

	private static final double DECEMBER_AMOUNT = 1.3;

	private static final double CREDIT_SHARE = 0.12;

	private static final Weighted<String> PAYMENT_METHODS = Weighted.of("DIRECT_DEBIT", 40, "STANDING_ORDER", 20,
			"TRANSFER", 30, "CARD", 10);

	private final LocalDate anchor;

	private final LocalDate windowStart;

	private final FakerPools pools;

	ActivitySynthesizer(LocalDate anchor, FakerPools pools) {
		this.anchor = anchor;
		this.windowStart = anchor.minusMonths(24).plusDays(1);
		this.pools = pools;
	}

	void synthesize(Person person, SplittableRandom random, GeneratedChunk chunk) {
		StageProfile profile = person.profile();
		LocalDate from = person.customerSince().isAfter(windowStart) ? person.customerSince() : windowStart;
		LocalDate to = chance(random, profile.lapseShare()) ? anchor.minusDays(random.nextInt(60, 400))
				: anchor.minusDays(random.nextInt(15));
		if (to.isBefore(from)) {
			to = from;
		}
		double activity = Math.exp(0.35 * random.nextGaussian() - 0.06);
		double spendLevel = Math.exp(0.25 * random.nextGaussian());
		int transactions = 1 + Draws.poisson(random, (profile.transactions() - 1) * activity);
		for (int i = 0; i < transactions; i++) {
			addTransaction(person, random, chunk, from, to, spendLevel);
		}
		int payments = Draws.poisson(random, profile.payments());
		for (int i = 0; i < payments; i++) {
			LocalDate day = Draws.dayBetween(random, from, to);
			chunk.add(CustomerTable.PAYMENTS, person.currentAccount(), FakerPools.pick(pools.payees, random),
					money(Draws.logNormal(random, profile.meanSpend() * 2.5 * spendLevel, 0.5)), day,
					PAYMENT_METHODS.pick(random));
		}
	}

	private void addTransaction(Person person, SplittableRandom random, GeneratedChunk chunk, LocalDate from,
			LocalDate to, double spendLevel) {
		LocalDate day = seasonalDay(random, from, to);
		if (chance(random, CREDIT_SHARE)) {
			String note = switch (person.stage()) {
				case STUDENT -> "Student finance";
				case RETIRED -> "Pension";
				default -> "Salary";
			};
			chunk.add(CustomerTable.TRANSACTIONS, person.currentAccount(), "CREDIT",
					money(person.income() / 12 * random.nextDouble(0.8, 1.2)), Draws.during(random, day), note, "INCOME");
			return;
		}
		double amount = Draws.logNormal(random, person.profile().meanSpend() * spendLevel, 0.6);
		if (day.getMonth() == Month.DECEMBER) {
			amount *= DECEMBER_AMOUNT;
		}
		int account = person.hasCard() && chance(random, 0.25) ? person.cardAccount() : person.currentAccount();
		chunk.add(CustomerTable.TRANSACTIONS, account, "DEBIT", money(amount), Draws.during(random, day),
				FakerPools.pick(pools.merchants, random), person.profile().categories().pick(random));
	}

	/** A day in the window, December drawn more often than other months. */
	private static LocalDate seasonalDay(SplittableRandom random, LocalDate from, LocalDate to) {
		while (true) {
			LocalDate day = Draws.dayBetween(random, from, to);
			if (day.getMonth() == Month.DECEMBER || random.nextDouble() * DECEMBER_FREQUENCY < 1.0) {
				return day;
			}
		}
	}

}
