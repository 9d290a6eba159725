package io.finseg.consent;

/** A customer's consent as a person reads it; {@link ConsentRule#statusExpression} computes it in SQL. */
public enum ConsentStatus {

	/** Consent given, nothing blocks it; each channel still needs its own opt-in. */
	CONSENTED,

	/** The customer said no: consent not given, or asked not to be contacted at all. */
	REFUSED,

	/** No consent record: never contactable until one exists. */
	UNKNOWN,

	/** Consent given, but the regulatory requirements (e.g. identity checks) are not met. */
	REQUIREMENTS_NOT_MET

}
