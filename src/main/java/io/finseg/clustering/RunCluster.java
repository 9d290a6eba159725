package io.finseg.clustering;

/** One cluster of a completed run: 0-based number, size, label and profile (JSON). */
public record RunCluster(long runId, int number, long size, String label, boolean labelEdited, String profileJson) {
}
