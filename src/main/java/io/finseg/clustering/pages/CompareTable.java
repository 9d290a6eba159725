package io.finseg.clustering.pages;

import java.util.List;

import io.finseg.clustering.ClusterRun;
import io.finseg.clustering.RunCluster;

/**
 * Two runs as a cross-table: customers per pair of clusters (rows: run a, columns: run b), with
 * totals; the cells add up to the customers both runs assigned.
 */
public record CompareTable(ClusterRun a, ClusterRun b, List<String> rowLabels, List<String> columnLabels,
		long[][] cells, long[] rowTotals, long[] columnTotals, long total) {

	static CompareTable of(ClusterRun a, List<RunCluster> aClusters, ClusterRun b, List<RunCluster> bClusters,
			List<long[]> counts) {
		long[][] cells = new long[aClusters.size()][bClusters.size()];
		long[] rows = new long[aClusters.size()];
		long[] columns = new long[bClusters.size()];
		long total = 0;
		for (long[] count : counts) {
			int row = (int) count[0];
			int column = (int) count[1];
			cells[row][column] += count[2];
			rows[row] += count[2];
			columns[column] += count[2];
			total += count[2];
		}
		return new CompareTable(a, b, labels(aClusters), labels(bClusters), cells, rows, columns, total);
	}

	private static List<String> labels(List<RunCluster> clusters) {
		return clusters.stream().map(cluster -> (cluster.number() + 1) + " · " + cluster.label()).toList();
	}

}
