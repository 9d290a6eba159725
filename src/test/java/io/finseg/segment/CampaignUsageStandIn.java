package io.finseg.segment;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A campaign room stand-in: reports a use of the segments in {@link #USED_BY_CAMPAIGN}. */
@TestConfiguration
class CampaignUsageStandIn {

	/** Segments this {@link SegmentUsage} reports as used by a campaign. */
	static final Set<Long> USED_BY_CAMPAIGN = ConcurrentHashMap.newKeySet();

	@Bean
	SegmentUsage campaignUsage() {
		return (segmentId, locale) -> USED_BY_CAMPAIGN.contains(segmentId)
				? List.of(new SegmentUse("Campaign Spring savers", "/campaigns/7")) : List.of();
	}

}
