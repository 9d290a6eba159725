package io.finseg.segment;

/** What a segment is for; a credit offer brings in the fair-lending guard. */
public enum Purpose {

	GENERAL, CREDIT_OFFER, DEPOSIT_PRODUCT, RETENTION, SERVICE_MESSAGE

}
