package io.finseg.consent;

/** Why a customer may not be contacted on a channel (the first that applies, in this order). */
public enum Suppression {

	/** No consent record at all. */
	UNKNOWN,

	/** The customer asked not to be contacted: overrides every opt-in. */
	DO_NOT_CONTACT,

	REQUIREMENTS_NOT_MET,

	/** No consent to marketing, or no opt-in for the channel. */
	NO_CONSENT

}
