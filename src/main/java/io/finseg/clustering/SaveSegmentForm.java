package io.finseg.clustering;

/** The name of the segment a cluster is saved as. */
public record SaveSegmentForm(String name) {
}
