/**
 * Campaign outcomes: what happened to a frozen campaign's members (uploaded as CSV, all or
 * nothing), the lift of the target over the holdout with its 95 % confidence interval, overall
 * and by attribute or segment, and the demo campaigns with a planted effect (docs/campaigns.md).
 * Reads campaigns only through their public face ({@code CampaignService}, {@code CampaignMembers}).
 */
@ApplicationModule(displayName = "Campaign outcomes",
		allowedDependencies = { "campaign", "segment", "features", "consent", "audit", "customer", "datagen", "jobs" })
package io.finseg.outcomes;

import org.springframework.modulith.ApplicationModule;
