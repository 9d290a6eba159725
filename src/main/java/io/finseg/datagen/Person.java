package io.finseg.datagen;

import java.time.LocalDate;

/**
 * What the synthesizers of one customer share: who the customer is and where their rows go.
 * Account references are positions in the chunk's account rows.
 */
record Person(int customerId, LifeStage stage, StageProfile profile, int age, double income, String firstName,
		LocalDate customerSince, int currentAccount, int cardAccount) {

	boolean hasCard() {
		return cardAccount >= 0;
	}

}
