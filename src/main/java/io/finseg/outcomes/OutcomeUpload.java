package io.finseg.outcomes;

import java.time.LocalDateTime;

/**
 * One recorded outcomes file: its rows, how many were new (a customer's outcome already
 * recorded is kept as it was), the unsubscribes among the new ones, and whether an admin has
 * withdrawn their consent for the campaign's channel.
 */
public record OutcomeUpload(long id, long campaignId, String fileName, String uploadedBy, LocalDateTime uploadedAt,
		long rows, long newRows, long unsubscribes, String consentWithdrawnBy, LocalDateTime consentWithdrawnAt,
		Long consentWithdrawnCount) {

	public boolean awaitsConsentDecision() {
		return unsubscribes > 0 && consentWithdrawnBy == null;
	}

}
