/**
 * Clustering: discovers groups of customers with Weka on a sample of the features, assigns every
 * customer of the population to its nearest cluster in streaming batches, explains the clusters
 * and lets a marketer keep one as a segment (DESIGN.md §4, §8; docs/clustering.md).
 */
@ApplicationModule(displayName = "Clustering", allowedDependencies = { "features", "segment", "jobs", "audit", "customer" })
package io.finseg.clustering;

import org.springframework.modulith.ApplicationModule;
