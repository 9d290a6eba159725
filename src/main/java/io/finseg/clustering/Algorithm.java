package io.finseg.clustering;

/** The clustering algorithms a run may use. */
public enum Algorithm {

	/** Weka SimpleKMeans with k-means++ initialisation. */
	KMEANS,

	/** Weka EM (a Gaussian mixture) with a given number of clusters. */
	EM

}
