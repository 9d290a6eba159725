package io.finseg.clustering;

/** A cluster's new label. */
public record LabelForm(String label) {
}
