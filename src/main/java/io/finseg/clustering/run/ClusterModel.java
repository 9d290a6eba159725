package io.finseg.clustering.run;

/** A trained clustering: tells which cluster (0-based) a standardised customer belongs to. */
interface ClusterModel {

	int clusters();

	int assign(double[] standardised);

	/** A clustering by distance: the nearest centroid wins, the first on a tie (as in Weka). */
	record NearestCentroid(double[][] centroids) implements ClusterModel {

		@Override
		public int clusters() {
			return centroids.length;
		}

		@Override
		public int assign(double[] point) {
			int best = 0;
			double bestDistance = Double.POSITIVE_INFINITY;
			for (int c = 0; c < centroids.length; c++) {
				double distance = Quality.squaredDistance(point, centroids[c]);
				if (distance < bestDistance) {
					bestDistance = distance;
					best = c;
				}
			}
			return best;
		}

	}

}
