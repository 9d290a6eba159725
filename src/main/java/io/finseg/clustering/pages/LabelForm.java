package io.finseg.clustering.pages;

/** A cluster's new label. */
public record LabelForm(String label) {
}
