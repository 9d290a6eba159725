package io.finseg.clustering;

import java.util.ArrayList;
import java.util.List;

/** The preparation of every feature of a run, in the run's column order. */
record Scaling(List<FeatureScale> features) {

	Scaling {
		features = List.copyOf(features);
	}

	static Scaling fit(List<String> columns, ClusteringFeatures catalogue, double[][] sample) {
		List<FeatureScale> scales = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			scales.add(FeatureScale.of(columns.get(i), catalogue.transformOf(columns.get(i)), sample, i));
		}
		return new Scaling(scales);
	}

	double[] standardise(double[] raw) {
		double[] z = new double[raw.length];
		for (int i = 0; i < raw.length; i++) {
			z[i] = features.get(i).standardise(raw[i]);
		}
		return z;
	}

	double[][] standardiseAll(double[][] raw) {
		double[][] z = new double[raw.length][];
		for (int i = 0; i < raw.length; i++) {
			z[i] = standardise(raw[i]);
		}
		return z;
	}

}
