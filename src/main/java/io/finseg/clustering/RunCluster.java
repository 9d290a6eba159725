package io.finseg.clustering;

import org.springframework.modulith.NamedInterface;

/** One cluster of a completed run: 0-based number, size, label and profile (JSON). */
@NamedInterface(ClusteringWings.NAME)
public record RunCluster(long runId, int number, long size, String label, boolean labelEdited, String profileJson) {
}
