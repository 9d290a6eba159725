package io.finseg.features;

import java.math.BigDecimal;

/** A line of the customer list. Name and email are null for people who may not see them. */
public record CustomerRow(long id, String name, String email, String city, String ageBand, String lifeStage,
		String consentStatus, String rfmGroup, BigDecimal totalBalance) {

	public CustomerRow withoutPersonalDetails() {
		return new CustomerRow(id, null, null, city, ageBand, lifeStage, consentStatus, rfmGroup, totalBalance);
	}

}
