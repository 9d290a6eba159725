package io.finseg.clustering.run;

import java.util.ArrayList;
import java.util.List;

import io.finseg.clustering.ClusteringFeatures;

/** The preparation of every feature of a run, in the run's column order. */
public record Scaling(List<FeatureScale> features) {

	public Scaling {
		features = List.copyOf(features);
	}

	public static Scaling fit(List<String> columns, ClusteringFeatures catalogue, double[][] sample) {
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

	public double[][] standardiseAll(double[][] raw) {
		double[][] z = new double[raw.length][];
		for (int i = 0; i < raw.length; i++) {
			z[i] = standardise(raw[i]);
		}
		return z;
	}

}
