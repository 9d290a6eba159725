package io.finseg.campaign;

/** A campaign is built as a draft and frozen once; only a frozen campaign is exported. */
public enum CampaignStatus {

	DRAFT, FROZEN

}
