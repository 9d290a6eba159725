package io.finseg.clustering.run;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import weka.clusterers.EM;
import weka.clusterers.SimpleKMeans;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.EuclideanDistance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;

import io.finseg.clustering.Algorithm;
import io.finseg.clustering.WekaSettings;

/**
 * Trains Weka's SimpleKMeans or EM on a standardised sample. Weka's own attribute normalisation
 * is switched off: the sample is standardised already, and the streaming assignment must measure
 * distance in the same units as Weka did.
 */
@Component
public class WekaTrainer {

	private static final Logger log = LoggerFactory.getLogger(WekaTrainer.class);

	private static final Pattern ITERATIONS = Pattern.compile("Number of iterations: (\\d+)");

	private final WekaSettings settings;

	WekaTrainer(WekaSettings settings) {
		this.settings = settings;
	}

	/** A trained model, the cluster of every sample point as Weka assigned it, and the time it took. */
	public record Training(ClusterModel model, int[] sampleAssignments, long millis) {
	}

	public Training train(Algorithm algorithm, int k, double[][] points, long seed, int maxIterations) throws Exception {
		Instances data = instances(points);
		long started = System.nanoTime();
		Training training = algorithm == Algorithm.EM ? em(data, k, seed, maxIterations) : kMeans(data, k, seed, maxIterations);
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Training(training.model(), training.sampleAssignments(), millis);
	}

	private Training kMeans(Instances data, int k, long seed, int maxIterations) throws Exception {
		SimpleKMeans kMeans = new SimpleKMeans();
		kMeans.setNumClusters(k);
		kMeans.setSeed((int) seed);
		kMeans.setInitializationMethod(new SelectedTag(
				settings.kmeansPlusPlus() ? SimpleKMeans.KMEANS_PLUS_PLUS : SimpleKMeans.RANDOM, SimpleKMeans.TAGS_SELECTION));
		kMeans.setMaxIterations(maxIterations);
		kMeans.setFastDistanceCalc(settings.fastDistance());
		kMeans.setNumExecutionSlots(settings.threads());
		EuclideanDistance distance = new EuclideanDistance();
		distance.setDontNormalize(true);
		kMeans.setDistanceFunction(distance);
		kMeans.setPreserveInstancesOrder(true);
		kMeans.buildClusterer(data);
		log.info("Weka SimpleKMeans k={} on {} points: {}", k, data.numInstances(), iterations(kMeans.toString()));
		Instances centroids = kMeans.getClusterCentroids();
		double[][] means = new double[centroids.numInstances()][];
		for (int c = 0; c < means.length; c++) {
			means[c] = centroids.instance(c).toDoubleArray();
		}
		return new Training(new ClusterModel.NearestCentroid(means), kMeans.getAssignments(), 0);
	}

	private Training em(Instances data, int k, long seed, int maxIterations) throws Exception {
		EM em = new EM();
		em.setNumClusters(k);
		em.setSeed((int) seed);
		em.setMaxIterations(maxIterations);
		em.setNumExecutionSlots(settings.threads());
		em.buildClusterer(data);
		EmModel model = new EmModel(em, new Instances(data, 0));
		int[] assignments = new int[data.numInstances()];
		for (int i = 0; i < assignments.length; i++) {
			assignments[i] = em.clusterInstance(data.instance(i));
		}
		return new Training(model, assignments, 0);
	}

	private static String iterations(String model) {
		Matcher matcher = ITERATIONS.matcher(model);
		return matcher.find() ? matcher.group(1) + " iterations" : "iterations unknown";
	}

	static Instances instances(double[][] points) {
		int dimensions = points.length == 0 ? 0 : points[0].length;
		ArrayList<Attribute> attributes = new ArrayList<>();
		for (int d = 0; d < dimensions; d++) {
			attributes.add(new Attribute("f" + d));
		}
		Instances data = new Instances("sample", attributes, points.length);
		for (double[] point : points) {
			data.add(new DenseInstance(1.0, point));
		}
		return data;
	}

	/** EM assigns each customer to the most probable cluster of the mixture, as Weka computes it. */
	record EmModel(EM em, Instances header) implements ClusterModel {

		@Override
		public int clusters() {
			try {
				return em.numberOfClusters();
			}
			catch (Exception e) {
				throw new IllegalStateException("EM has no clusters", e);
			}
		}

		@Override
		public int assign(double[] point) {
			Instance instance = new DenseInstance(1.0, point);
			instance.setDataset(header);
			try {
				return em.clusterInstance(instance);
			}
			catch (Exception e) {
				throw new IllegalStateException("EM could not assign a customer", e);
			}
		}

	}

}
