package io.finseg.segment;

/** How the builder groups the attributes. */
public enum AttributeGroup {

	DEMOGRAPHICS, PRODUCTS, BALANCES, TRANSACTIONS, CREDIT, ENGAGEMENT, CONSENT, RFM,

	/** Declared by an admin; the builder shows them under their own group names. */
	CUSTOM

}
