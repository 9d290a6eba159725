package io.finseg.erasure;

import java.util.List;

import io.finseg.campaign.CampaignErasure;

/**
 * What erasing a customer would remove: rows per table (message key and count) and the campaign
 * snapshots that hold them.
 */
public record ErasurePreview(long customerId, String name, List<TableRows> tables, List<CampaignErasure.Snapshot> campaigns) {

	public long totalRows() {
		return tables.stream().mapToLong(TableRows::rows).sum() + campaigns.size();
	}

	/** The id as typed and shown, without the thousands separator a number would get. */
	public String idText() {
		return Long.toString(customerId);
	}

	public record TableRows(String table, String labelKey, long rows) {
	}

}
