package io.finseg.campaign;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.finseg.segment.SegmentUsage;
import io.finseg.segment.SegmentUse;

/** Tells the segment room which campaigns use a segment, so it is not deleted under them. */
@Component
class CampaignSegmentUsage implements SegmentUsage {

	private final CampaignRepository campaigns;

	private final MessageSource messages;

	CampaignSegmentUsage(CampaignRepository campaigns, MessageSource messages) {
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@Override
	public List<SegmentUse> usesOf(long segmentId, Locale locale) {
		return campaigns.usingSegment(segmentId).stream()
			.map(campaign -> new SegmentUse(
					messages.getMessage("campaign.usesSegment", new Object[] { campaign.name() }, locale),
					"/campaigns/" + campaign.id()))
			.toList();
	}

}
