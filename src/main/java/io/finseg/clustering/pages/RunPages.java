package io.finseg.clustering.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.finseg.clustering.ClusterLabeler;
import io.finseg.clustering.ClusterRun;
import io.finseg.clustering.ClusteringFeatures;
import io.finseg.clustering.ClusteringJson;
import io.finseg.clustering.ClusteringService;
import io.finseg.clustering.FeatureProfile;
import io.finseg.clustering.FeatureSummary;
import io.finseg.clustering.KScore;
import io.finseg.clustering.RunCluster;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentNotFoundException;
import io.finseg.segment.SegmentService;

/** Builds the run page's view from what a run stored: numbers in their units, levels for colours. */
@Component
class RunPages {

	private final ClusteringService clustering;

	private final ClusteringFeatures features;

	private final SegmentService segments;

	private final MessageSource messages;

	RunPages(ClusteringService clustering, ClusteringFeatures features, SegmentService segments, MessageSource messages) {
		this.clustering = clustering;
		this.features = features;
		this.segments = segments;
		this.messages = messages;
	}

	RunPage of(long runId) {
		ClusterRun run = clustering.get(runId);
		List<RunCluster> stored = run.completed() ? clustering.clusters(runId) : List.of();
		List<FeatureSummary> transforms = ClusteringJson.summaries(run.transformsJson());
		Map<String, Double> populationMeans = new LinkedHashMap<>();
		transforms.forEach(summary -> populationMeans.put(summary.column(), summary.populationMean()));
		long assigned = stored.stream().mapToLong(RunCluster::size).sum();
		List<ClusterCardData> data = stored.stream()
			.map(cluster -> new ClusterCardData(cluster, ClusteringJson.profiles(cluster.profileJson())))
			.toList();
		List<RunPage.ClusterCard> cards = data.stream().map(d -> card(d, assigned, populationMeans)).toList();
		List<KScore> scores = ClusteringJson.kScores(run.kChoiceJson());
		return new RunPage(run, population(run.populationSegmentId()), assigned, cards, heatRows(run, data, populationMeans),
				transforms, scores, scores.size() > 1 ? chartJson(scores, run.clusterCount()) : null);
	}

	String population(Long segmentId) {
		if (segmentId == null) {
			return text("clustering.everyone");
		}
		try {
			Segment segment = segments.get(segmentId);
			return messages.getMessage("clustering.segmentPopulation", new Object[] { segment.name() }, Locale.ENGLISH);
		}
		catch (SegmentNotFoundException gone) {
			return text("clustering.segmentGone");
		}
	}

	private record ClusterCardData(RunCluster cluster, List<FeatureProfile> profile) {
	}

	private RunPage.ClusterCard card(ClusterCardData data, long assigned, Map<String, Double> populationMeans) {
		RunCluster cluster = data.cluster();
		List<RunPage.Apart> apart = ClusterLabeler.distinguishing(data.profile()).stream()
			.map(feature -> new RunPage.Apart(feature.column(), value(feature.column(), feature.mean()),
					value(feature.column(), populationMeans.get(feature.column())), signed(feature.z())))
			.toList();
		String share = assigned == 0 ? "0.0" : String.format(Locale.UK, "%.1f", 100.0 * cluster.size() / assigned);
		return new RunPage.ClusterCard(cluster.number() + 1, cluster.number(), cluster.size(), share, cluster.label(),
				cluster.labelEdited(), apart);
	}

	private List<RunPage.HeatRow> heatRows(ClusterRun run, List<ClusterCardData> data, Map<String, Double> populationMeans) {
		List<RunPage.HeatRow> rows = new ArrayList<>();
		for (int f = 0; f < run.features().size(); f++) {
			String column = run.features().get(f);
			List<RunPage.HeatCell> cells = new ArrayList<>();
			for (ClusterCardData cluster : data) {
				FeatureProfile feature = cluster.profile().get(f);
				cells.add(new RunPage.HeatCell(value(column, feature.mean()), signed(feature.z()), level(feature.z())));
			}
			rows.add(new RunPage.HeatRow(column, value(column, populationMeans.get(column)), cells));
		}
		return rows;
	}

	/** Five colour levels; the number is always printed beside the colour. */
	static int level(double z) {
		if (z <= -1.5) {
			return -2;
		}
		if (z <= -0.5) {
			return -1;
		}
		if (z < 0.5) {
			return 0;
		}
		return z < 1.5 ? 1 : 2;
	}

	String value(String column, Double value) {
		if (value == null) {
			return "—";
		}
		String unit = features.unitOf(column);
		if ("GBP".equals(unit)) {
			return (value < 0 ? "−£" : "£") + String.format(Locale.UK, "%,.0f", Math.abs(value));
		}
		if ("share".equals(unit)) {
			return String.format(Locale.UK, "%.1f%%", value * 100);
		}
		if ("%".equals(unit)) {
			return String.format(Locale.UK, "%.1f%%", value);
		}
		return String.format(Locale.UK, Math.abs(value) >= 100 ? "%,.0f" : "%,.1f", value);
	}

	static String signed(double z) {
		if (Math.abs(z) < 0.05) {
			return "0.0";
		}
		return String.format(Locale.UK, "%+.1f", z).replace('-', '−');
	}

	private String chartJson(List<KScore> scores, Integer chosen) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", scores.stream().map(KScore::k).toList());
		chart.put("silhouette", scores.stream().map(score -> round(score.silhouette(), 4)).toList());
		chart.put("wcss", scores.stream().map(score -> round(score.wcss(), 1)).toList());
		chart.put("chosen", chosen);
		chart.put("silhouetteLabel", text("clustering.chooseK.silhouette"));
		chart.put("wcssLabel", text("clustering.chooseK.wcss"));
		chart.put("kLabel", text("clustering.chooseK.k"));
		chart.put("chosenLabel", text("clustering.chooseK.chosenMark"));
		// Safe inside <script type="application/json">: no "</" can end the element early.
		return ClusteringJson.write(chart).replace("</", "<\\/");
	}

	private static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Locale.ENGLISH);
	}

}
