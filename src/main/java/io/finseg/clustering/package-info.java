/**
 * Clustering: discovers groups of customers with Weka on a sample of the features, assigns every
 * customer of the population to its nearest cluster in streaming batches, explains the clusters
 * and lets a marketer keep one as a segment (DESIGN.md §4, §8; docs/clustering.md).
 * <p>
 * This package is the room's face: starting, reading and cancelling runs
 * ({@link io.finseg.clustering.ClusteringService}), the run model and its repository, the feature
 * list, and the cluster membership segments ask for. Two wings build on it: {@code run} (the job
 * and Weka) and {@code pages} (controller and forms). Arrows run only from a wing to the face:
 * the face reaches the run wing through {@link io.finseg.clustering.RunWork}, and the wings do not
 * use each other (ModularityTests checks that no arrow runs from the face to a wing and that
 * wings form no cycle). What the face shares with its wings only (the run repository, the run
 * model the job writes) is public for their sake but marked as the named interface
 * {@code wings}: a room that allows {@code clustering} gets the face alone.
 */
@ApplicationModule(displayName = "Clustering", allowedDependencies = { "features", "segment", "jobs", "audit", "customer" })
package io.finseg.clustering;

import org.springframework.modulith.ApplicationModule;
