/**
 * Synthetic customers for all nine customer tables, generated with Datafaker from a seed and an
 * anchor date, correlated by life stage (docs/data.md), and written in whole chunks.
 */
@ApplicationModule(displayName = "Data generation", allowedDependencies = { "customer", "jobs", "audit" })
package io.finseg.datagen;

import org.springframework.modulith.ApplicationModule;
