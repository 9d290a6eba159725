package io.finseg.datagen;

import static io.finseg.datagen.Draws.chance;
import static io.finseg.datagen.Draws.clamp;
import static io.finseg.datagen.Draws.money;

import java.time.LocalDate;
import java.util.SplittableRandom;

import io.finseg.customer.CustomerTable;

/**
 * One customer with all their rows, from the customer's own random stream: the customer row,
 * credit reports, accounts and household links here; activity and contact in the two
 * synthesizers it calls. Holds no state between customers, so threads may share it.
 */
final class CustomerSynthesizer {

	private static final Weighted<String> SINGLE_STATUS_YOUNG = Weighted.of("SINGLE", 85, "MARRIED", 10, "DIVORCED", 5);

	private static final Weighted<String> SINGLE_STATUS_MIDDLE = Weighted.of("MARRIED", 45, "SINGLE", 25, "DIVORCED",
			20, "PARTNERED", 10);

	private static final Weighted<String> SINGLE_STATUS_OLD = Weighted.of("MARRIED", 35, "WIDOWED", 35, "DIVORCED",
			20, "SINGLE", 10);

	private static final String[] EMAIL_DOMAINS = { "example.com", "example.org", "example.net" };

	private final long seed;

	private final int customers;

	private final int firstCustomerId;

	private final LocalDate anchor;

	private final FakerPools pools;

	private final ActivitySynthesizer activity;

	private final ContactSynthesizer contact;

	CustomerSynthesizer(GenerationRequest request, int firstCustomerId, FakerPools pools) {
		this.seed = request.seed();
		this.customers = request.customers();
		this.firstCustomerId = firstCustomerId;
		this.anchor = request.anchorDate();
		this.pools = pools;
		this.activity = new ActivitySynthesizer(anchor, pools);
		this.contact = new ContactSynthesizer(anchor);
	}

	/** The stage drawn for the customer at this index, without generating anything else. */
	static LifeStage drawnStage(long seed, int customers, int index) {
		HouseholdPlan plan = HouseholdPlan.forBlock(seed, index / HouseholdPlan.BLOCK_SIZE, customers);
		return plan.stageAt(index % HouseholdPlan.BLOCK_SIZE, Seeds.random(seed, Seeds.CUSTOMER, index).nextDouble());
	}

	void synthesize(int index, HouseholdPlan plan, GeneratedChunk chunk) {
		SplittableRandom random = Seeds.random(seed, Seeds.CUSTOMER, index);
		int position = index % HouseholdPlan.BLOCK_SIZE;
		LifeStage stage = plan.stageAt(position, random.nextDouble());
		StageProfile profile = StageProfile.of(stage);
		int customerId = firstCustomerId + index;
		int age = plan.isParent(position) ? plan.parentAge(position)
				: plan.isChild(position) ? plan.childAge() : random.nextInt(profile.minAge(), profile.maxAge() + 1);
		double income = Math.round(Draws.logNormal(random, profile.medianIncome(), 0.4) / 100) * 100.0;
		String firstName = FakerPools.pick(pools.firstNames, random);
		LocalDate since = anchor.minusDays(random.nextLong(Math.min(age - 17, 35) * 365L));

		addCustomerRow(chunk, random, plan, position, stage, customerId, age, income, firstName, since);
		CreditReport credit = addCreditReports(chunk, random, profile, customerId, income);
		int current = chunk.add(CustomerTable.ACCOUNT, customerId, "CURRENT",
				money(income * (0.03 + 0.1 * profile.depositFactor()) * Math.exp(0.5 * random.nextGaussian())),
				"ACTIVE", since);
		int card = -1;
		if (holdsMortgage(random, plan, position, stage, profile)) {
			double multiple = stage == LifeStage.FAMILY ? random.nextDouble(1.5, 3.5) : random.nextDouble(0.3, 1.2);
			addAccount(chunk, random, customerId, "MORTGAGE", -income * multiple, "ACTIVE", since);
		}
		if (chance(random, profile.savingsShare())) {
			addAccount(chunk, random, customerId, "SAVINGS",
					Draws.logNormal(random, income * profile.depositFactor(), 0.6), chance(random, 0.08) ? "DORMANT" : "ACTIVE", since);
		}
		if (chance(random, profile.investmentShare())) {
			addAccount(chunk, random, customerId, "INVESTMENT",
					Draws.logNormal(random, income * profile.depositFactor() * 1.5, 0.6), "ACTIVE", since);
		}
		if (chance(random, profile.cardShare())) {
			card = addAccount(chunk, random, customerId, "CREDIT_CARD", -credit.limit() * credit.utilisation(), "ACTIVE", since);
		}
		if (chance(random, profile.loanShare())) {
			boolean repaid = chance(random, 0.1);
			addAccount(chunk, random, customerId, "LOAN", repaid ? 0 : -random.nextDouble(2_000, 15_000),
					repaid ? "CLOSED" : "ACTIVE", since);
		}
		if (position == 0 && plan.inHousehold(0)) {
			addRelationships(chunk, plan, customerId);
		}
		Person person = new Person(customerId, stage, profile, age, income, firstName, since, current, card);
		activity.synthesize(person, random, chunk);
		contact.synthesize(person, random, chunk);
	}

	private void addCustomerRow(GeneratedChunk chunk, SplittableRandom random, HouseholdPlan plan, int position,
			LifeStage stage, int customerId, int age, double income, String firstName, LocalDate since) {
		boolean shared = plan.inHousehold(position);
		int pick = plan.sharedPick();
		String lastName = shared ? pools.lastNames.get(pick % pools.lastNames.size())
				: FakerPools.pick(pools.lastNames, random);
		String street = shared ? pools.streets.get(pick % pools.streets.size()) : FakerPools.pick(pools.streets, random);
		FakerPools.Place place = shared ? pools.places.get(pick % pools.places.size())
				: FakerPools.pick(pools.places, random);
		String email = FakerPools.asciiLower(firstName) + "." + FakerPools.asciiLower(lastName) + customerId + "@"
				+ EMAIL_DOMAINS[random.nextInt(EMAIL_DOMAINS.length)];
		String identification = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
				+ Draws.digits(random, 6) + (char) ('A' + random.nextInt(4));
		LocalDate birth = anchor.minusYears(age).minusDays(random.nextInt(365));
		String occupation = switch (stage) {
			case STUDENT -> "Student";
			case RETIRED -> "Retired";
			default -> FakerPools.pick(pools.jobs, random);
		};
		chunk.add(CustomerTable.CUSTOMER, firstName + " " + lastName, email, "+447" + Draws.digits(random, 9),
				street, birth, identification, place.city(), place.region(), place.postcode(), "GB", money(income),
				occupation, maritalStatus(random, plan, position, age), since);
	}

	private String maritalStatus(SplittableRandom random, HouseholdPlan plan, int position, int age) {
		if (plan.isParent(position)) {
			return plan.married() ? "MARRIED" : "PARTNERED";
		}
		if (age < 25) {
			return "SINGLE";
		}
		Weighted<String> statuses = age < 35 ? SINGLE_STATUS_YOUNG : age < 65 ? SINGLE_STATUS_MIDDLE : SINGLE_STATUS_OLD;
		return statuses.pick(random);
	}

	/**
	 * The life-stage rules of docs/data.md call a customer under 50 with a mortgage or a partner a
	 * family: a family drawn alone therefore always holds a mortgage, and nobody else under 50 does.
	 */
	private static boolean holdsMortgage(SplittableRandom random, HouseholdPlan plan, int position, LifeStage stage,
			StageProfile profile) {
		if (stage == LifeStage.FAMILY) {
			return !plan.isParent(position) || (position == 0 && chance(random, profile.mortgageShare()));
		}
		return stage == LifeStage.ESTABLISHED && chance(random, profile.mortgageShare());
	}

	private int addAccount(GeneratedChunk chunk, SplittableRandom random, int customerId, String type, double balance,
			String status, LocalDate since) {
		return chunk.add(CustomerTable.ACCOUNT, customerId, type, money(balance), status,
				Draws.dayBetween(random, since, anchor));
	}

	private record CreditReport(double limit, double utilisation) {
	}

	/** Income drives the limit; utilisation and late payments drive the score. Latest report first. */
	private CreditReport addCreditReports(GeneratedChunk chunk, SplittableRandom random, StageProfile profile,
			int customerId, double income) {
		double utilisation = clamp(profile.utilisation() + 0.18 * random.nextGaussian(), 0.01, 0.98);
		double limit = Math.round((income * random.nextDouble(0.15, 0.45) + 300) / 100) * 100.0;
		LocalDate reported = anchor.minusDays(random.nextInt(90));
		addReport(chunk, random, customerId, limit, utilisation, reported);
		if (chance(random, 0.5)) {
			double earlier = clamp(utilisation + 0.08 * random.nextGaussian(), 0.01, 0.98);
			addReport(chunk, random, customerId, Math.round(limit * random.nextDouble(0.85, 1.0) / 100) * 100.0,
					earlier, reported.minusDays(random.nextInt(150, 400)));
		}
		return new CreditReport(limit, utilisation);
	}

	private void addReport(GeneratedChunk chunk, SplittableRandom random, int customerId, double limit,
			double utilisation, LocalDate reported) {
		int late = Draws.poisson(random, 0.1 + 4 * utilisation * utilisation);
		int score = (int) clamp(Math.round(830 - 230 * utilisation - 28 * late + 28 * random.nextGaussian()), 300, 850);
		String history = late == 0 ? "No late payments in the last 12 months"
				: late + (late == 1 ? " late payment" : " late payments") + " in the last 12 months";
		chunk.add(CustomerTable.CREDIT_HISTORY, customerId, score, money(limit), history, money(utilisation * 100),
				reported, late);
	}

	/** Relationship type says what customer1 is to customer2. */
	private static void addRelationships(GeneratedChunk chunk, HouseholdPlan plan, int firstId) {
		int partner = firstId + 1;
		String couple = plan.married() ? "SPOUSE" : "PARTNER";
		chunk.add(CustomerTable.RELATIONSHIPS, firstId, partner, couple);
		chunk.add(CustomerTable.RELATIONSHIPS, partner, firstId, couple);
		chunk.add(CustomerTable.RELATIONSHIPS, firstId, partner, "JOINT_ACCOUNT_HOLDER");
		if (plan.isChild(2)) {
			int child = firstId + 2;
			chunk.add(CustomerTable.RELATIONSHIPS, firstId, child, "PARENT");
			chunk.add(CustomerTable.RELATIONSHIPS, child, firstId, "CHILD");
			chunk.add(CustomerTable.RELATIONSHIPS, partner, child, "PARENT");
			chunk.add(CustomerTable.RELATIONSHIPS, child, partner, "CHILD");
		}
	}

}
