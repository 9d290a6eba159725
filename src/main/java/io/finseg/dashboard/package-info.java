/**
 * The home dashboard: what a marketer should see first. It only reads what the rooms it shows
 * publish (the features snapshot, the largest segments, consent and campaign activity, running
 * jobs), each of them counted once per feature build, never on every view.
 */
@ApplicationModule(displayName = "Dashboard",
		allowedDependencies = { "customer", "features", "datagen", "segment", "campaign", "jobs" })
package io.finseg.dashboard;

import org.springframework.modulith.ApplicationModule;
