package io.finseg.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.finseg.campaign.CampaignActivity;
import io.finseg.campaign.ConsentOverview;
import io.finseg.customer.CustomerTable;
import io.finseg.customer.CustomerTableCounts;
import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.jobs.Job;
import io.finseg.jobs.Jobs;
import io.finseg.segment.LargestSegments;

/**
 * Gathers the home dashboard from what each room publishes. Every figure here is kept by the room
 * that owns it (the snapshot's customer count, sizes recorded after each feature build, the
 * consent share per snapshot, table counts until the data changes), so a view costs a few small
 * reads and no scan of the customers.
 */
@Service
class Dashboard {

	static final int LARGEST_SEGMENTS = 5;

	static final int RECENT = 5;

	private final FeatureService features;

	private final LargestSegments segments;

	private final CampaignActivity campaigns;

	private final Jobs jobs;

	private final CustomerTableCounts tableCounts;

	Dashboard(FeatureService features, LargestSegments segments, CampaignActivity campaigns, Jobs jobs,
			CustomerTableCounts tableCounts) {
		this.features = features;
		this.segments = segments;
		this.campaigns = campaigns;
		this.jobs = jobs;
		this.tableCounts = tableCounts;
	}

	/** What a user sees; running jobs and table row counts only for administrators, who can open them. */
	View view(Locale locale, boolean administrator) {
		return new View(features.current(), segments.largest(LARGEST_SEGMENTS, locale), campaigns.consentShare(),
				campaigns.recentCampaigns(RECENT), campaigns.recentExports(RECENT),
				administrator ? jobs.running() : List.of(), administrator ? tableCounts.counts() : Map.of());
	}

	record View(FeatureSnapshot features, LargestSegments.View segments, ConsentOverview.Breakdown consent,
			List<CampaignActivity.RecentCampaign> campaigns, List<CampaignActivity.RecentExport> exports,
			List<Job> runningJobs, Map<CustomerTable, Long> tableCounts) {
	}

}
