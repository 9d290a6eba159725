package io.finseg.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A customer's profile as a page shows it. {@code details}, the activity lists and the household
 * are empty for people who may not see personal details; features and charts are aggregates.
 */
public record CustomerProfile(long id, String ageBand, String city, Details details, List<Account> accounts,
		List<Activity> activity, boolean moreActivity, int activityPage, List<Payment> payments, List<Credit> credit,
		List<Contact> contacts, Consent consent, List<Relative> household, Map<String, Object> features,
		LocalDate featuresAsOf, String balanceMixJson, String monthlySpendJson) {

	public record Details(String name, String email, String phone, String address, LocalDate dateOfBirth,
			String maskedIdentification, String region, String postcode, String country, BigDecimal income,
			String occupation, String maritalStatus, LocalDate customerSince) {
	}

	public record Account(long id, String type, BigDecimal balance, String status, LocalDate openedOn) {
	}

	public record Activity(LocalDateTime at, String type, BigDecimal amount, String category, String notes,
			String accountType) {
	}

	public record Payment(LocalDate on, String recipient, BigDecimal amount, String method) {
	}

	public record Credit(LocalDate reportedOn, Integer score, BigDecimal limit, BigDecimal utilization, Integer late) {
	}

	public record Contact(LocalDateTime at, String type, String direction, String outcome, String summary) {
	}

	public record Consent(boolean given, boolean requirementsMet, boolean email, boolean sms, boolean phone,
			boolean post, boolean doNotContact, LocalDateTime updatedAt) {
	}

	/** Another customer of the household, and what they are to this one (e.g. spouse and joint account holder). */
	public record Relative(long id, String name, List<String> roles) {
	}

}
