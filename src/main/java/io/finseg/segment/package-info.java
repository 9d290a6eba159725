/**
 * Segments: named rule trees over the customer features, compiled into one parameterised SQL
 * query (DESIGN.md §4). The attribute catalogue is the only list of what a rule may use.
 * <p>
 * This package is the room's face: counting, listing and saving segments
 * ({@link io.finseg.segment.SegmentService}), the rule model ({@link io.finseg.segment.RuleNode},
 * operators, attributes, purposes, the compiled rule), the rule compiler, sentence and JSON, and
 * the interfaces other rooms implement or use ({@link io.finseg.segment.ClusterMembership},
 * {@link io.finseg.segment.ModelScores}, {@link io.finseg.segment.IndexedCounts},
 * {@link io.finseg.segment.SegmentUsage}, {@link io.finseg.segment.LargestSegments}). Two wings build on it: {@code builder} (the rule
 * builder page) and {@code pages} (list, details, why, overlap, delete). Arrows run only from a
 * wing to the face: the face reaches the pages wing through {@link io.finseg.segment.LargestSegments},
 * and the wings do not use each other (ModularityTests checks that no arrow runs from the face to a
 * wing and that wings form no cycle). What the face shares with its wings only (the segment and
 * size repositories, the member queries, the compiler) is public for their sake but marked as the named
 * interface {@code wings}: a room that allows {@code segment} gets the face alone.
 */
@ApplicationModule(displayName = "Segments", allowedDependencies = { "features", "consent", "audit" })
package io.finseg.segment;

import org.springframework.modulith.ApplicationModule;
