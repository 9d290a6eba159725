/**
 * The segment index: the active features snapshot held in memory as columns (primitive arrays,
 * dictionary codes, RoaringBitmaps for "not known", enum values, yes/no and contactable
 * channels), rebuilt after every feature build and swapped in whole, so that counts, overlap
 * and breakdowns are bitmap operations instead of scans of the features table. It answers
 * {@link io.finseg.segment.IndexedCounts}; whatever it cannot answer, the SQL path does
 * (docs/segments.md, "The segment index").
 */
@ApplicationModule(displayName = "Segment index", allowedDependencies = { "segment", "features", "customer", "jobs" })
package io.finseg.segmentindex;

import org.springframework.modulith.ApplicationModule;
