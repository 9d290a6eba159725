package io.finseg.datagen;

import java.util.EnumMap;
import java.util.Map;

/**
 * How a life stage behaves: the parameters that make stages differ in income, balances,
 * products, spending, credit and engagement (docs/data.md lists them as a table).
 *
 * @param minAge youngest age (inclusive) of a customer drawn alone into this stage
 * @param maxAge oldest age (inclusive)
 * @param medianIncome median gross annual income; incomes are log-normal around it
 * @param depositFactor savings and current balances as a multiple of the annual income
 * @param transactions mean number of transactions over the 24 months before the anchor date
 * @param meanSpend mean amount of a card or account debit
 * @param lapseShare share of customers whose activity stopped months before the anchor date
 * @param payments mean number of payments
 * @param communications mean number of communications
 * @param engagement mean probability that the customer responds to an outbound message
 * @param onlineShare share with an online-banking login
 * @param meanLoginGapDays mean days since the last online login
 * @param utilisation mean credit utilisation (0–1)
 * @param savingsShare share holding a savings account; likewise the next four (a family's
 *        mortgage share applies to couples only: a family drawn alone always holds one)
 * @param categories spending categories that fit the stage, with weights
 */
record StageProfile(int minAge, int maxAge, double medianIncome, double depositFactor, double transactions,
		double meanSpend, double lapseShare, double payments, double communications, double engagement,
		double onlineShare, double meanLoginGapDays, double utilisation, double savingsShare, double cardShare,
		double loanShare, double investmentShare, double mortgageShare, Weighted<String> categories) {

	private static final Map<LifeStage, StageProfile> PROFILES = new EnumMap<>(LifeStage.class);

	static {
		PROFILES.put(LifeStage.STUDENT, new StageProfile(18, 24, 9_000, 0.08, 12, 22, 0.05, 2.0, 2.6, 0.10, 0.92,
				3, 0.55, 0.10, 0.10, 0.0, 0.0, 0.0, Weighted.of("GROCERIES", 3, "EATING_OUT", 3, "ENTERTAINMENT",
						3, "EDUCATION", 2, "TRANSPORT", 2, "SHOPPING", 2)));
		PROFILES.put(LifeStage.YOUNG_PROFESSIONAL, new StageProfile(25, 34, 38_000, 0.25, 12, 55, 0.05, 3.0, 2.8,
				0.25, 0.90, 4, 0.35, 0.15, 0.20, 0.05, 0.02, 0.0, Weighted.of("EATING_OUT", 3, "SHOPPING", 3,
						"TRAVEL", 2, "ENTERTAINMENT", 2, "TRANSPORT", 2, "GROCERIES", 2)));
		PROFILES.put(LifeStage.FAMILY, new StageProfile(28, 45, 55_000, 0.15, 14, 85, 0.03, 4.0, 3.0, 0.30, 0.78,
				6, 0.45, 0.10, 0.10, 0.05, 0.0, 0.75, Weighted.of("GROCERIES", 4, "CHILDCARE", 3, "UTILITIES", 2,
						"HOME", 2, "SHOPPING", 2, "TRANSPORT", 2)));
		PROFILES.put(LifeStage.ESTABLISHED, new StageProfile(50, 64, 72_000, 1.0, 8, 110, 0.08, 3.5, 3.2, 0.45,
				0.60, 12, 0.20, 0.35, 0.10, 0.0, 0.20, 0.10, Weighted.of("TRAVEL", 3, "HOME", 2, "HEALTH", 2,
						"EATING_OUT", 2, "GROCERIES", 2, "UTILITIES", 2)));
		PROFILES.put(LifeStage.RETIRED, new StageProfile(65, 88, 24_000, 2.0, 5, 45, 0.25, 2.5, 3.4, 0.55, 0.35,
				30, 0.12, 0.40, 0.05, 0.0, 0.10, 0.0, Weighted.of("GROCERIES", 3, "HEALTH", 3, "UTILITIES", 2,
						"TRAVEL", 1, "CHARITY", 1, "HOME", 1)));
	}

	static StageProfile of(LifeStage stage) {
		return PROFILES.get(stage);
	}

}
