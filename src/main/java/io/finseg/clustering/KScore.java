package io.finseg.clustering;

/** The quality of one k tried while choosing k: within-cluster sum of squares and silhouette. */
public record KScore(int k, double wcss, double silhouette) {
}
