package io.finseg.clustering.pages;

/** The name of the segment a cluster is saved as. */
public record SaveSegmentForm(String name) {
}
