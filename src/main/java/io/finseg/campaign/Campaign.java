package io.finseg.campaign;

import java.time.LocalDateTime;
import java.util.List;

import io.finseg.consent.Channel;
import io.finseg.segment.Purpose;

/** A campaign: a segment, a channel, the fields to export and the holdout share. */
public record Campaign(long id, String name, long segmentId, Channel channel, Purpose purpose, List<ExportField> fields,
		int holdoutPercent, long holdoutSeed, CampaignStatus status, String owner, LocalDateTime createdAt,
		LocalDateTime frozenAt, String frozenBy, Approval approval, int version) {

	/** An admin's approval of a flagged credit offer. */
	public record Approval(String by, LocalDateTime at, String reason, int segmentVersion) {
	}

	public boolean isFrozen() {
		return status == CampaignStatus.FROZEN;
	}

}
