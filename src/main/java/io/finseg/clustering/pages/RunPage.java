package io.finseg.clustering.pages;

import java.util.List;

import io.finseg.clustering.ClusterRun;
import io.finseg.clustering.FeatureSummary;
import io.finseg.clustering.KScore;

/**
 * Everything the run page shows, formatted for reading: the run, whom it clustered, its clusters
 * as cards, the heat-map rows, the feature preparation and, when k was chosen, the chart data.
 */
public record RunPage(ClusterRun run, String population, long assigned, List<ClusterCard> clusters,
		List<HeatRow> heatRows, List<FeatureSummary> transforms, List<KScore> scores, String kChartJson) {

	/** One cluster: 1-based number for people, 0-based index for URLs, size, label and what sets it apart. */
	public record ClusterCard(int number, int index, long size, String share, String label, boolean labelEdited,
			List<Apart> apart) {
	}

	/** A distinguishing feature: the cluster's mean, the population's, and the distance in sd. */
	public record Apart(String column, String mean, String populationMean, String z) {
	}

	/** One feature across the clusters, with the population's mean. */
	public record HeatRow(String column, String populationMean, List<HeatCell> cells) {
	}

	/** A cluster's mean, its distance from the population, and the colour level (−2 to +2) it falls in. */
	public record HeatCell(String mean, String z, int level) {

		public String levelClass() {
			return "heat-" + (level < 0 ? "m" + -level : "p" + level);
		}

	}

	public boolean hasKChoice() {
		return scores.size() > 1;
	}

}
