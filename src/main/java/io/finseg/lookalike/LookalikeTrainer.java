package io.finseg.lookalike;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.finseg.lookalike.ModelFindings.Decile;
import io.finseg.lookalike.ModelFindings.Driver;
import io.finseg.lookalike.ModelFindings.Leaf;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Trains both models on the training part and measures them on the test part: J48 (at least
 * max(30, 1 %) of the training customers per leaf, Laplace-smoothed leaf probabilities) for rules,
 * and Weka's logistic regression on standardised columns for scores and drivers. The model with
 * the higher test AUC gives the lift by decile.
 */
final class LookalikeTrainer {

	static final int TOP_DRIVERS = 8;

	private static final String YES = "yes";

	private LookalikeTrainer() {
	}

	/**
	 * What training found, over the columns that vary in the training part, and the chosen model's
	 * scorer for rows of those columns (kept in memory only).
	 */
	record Trained(List<ModelColumn> columns, double treeAuc, double logisticAuc, ChosenModel chosen,
			List<Driver> drivers, List<Leaf> leaves, List<Decile> deciles, int trainRows, int trainPositives,
			int testRows, int testPositives, Scorer scorer) {
	}

	/** The chance that a customer reaches the outcome, from the row of the model's columns (NaN where empty). */
	@FunctionalInterface
	interface Scorer {

		double score(double[] row) throws Exception;

	}

	static Trained train(List<ModelColumn> candidates, Labelled trainAll, Labelled testAll) throws Exception {
		int[] varying = varying(trainAll);
		List<ModelColumn> columns = Arrays.stream(varying).mapToObj(candidates::get).toList();
		Labelled train = project(trainAll, varying);
		Labelled test = project(testAll, varying);
		if (train.positives() == 0 || train.positives() == train.size() || test.size() == 0) {
			throw new LookalikeException("lookalike.problem.oneClass");
		}
		Scaling scaling = Scaling.fit(train.values());

		ReadableJ48 tree = new ReadableJ48();
		tree.setMinNumObj(Math.max(30, train.size() / 100));
		tree.setUseLaplace(true);
		Instances treeTrain = instances(columns, train, null);
		tree.buildClassifier(treeTrain);
		Instances treeTest = instances(columns, test, null);
		double treeAuc = auc(tree, treeTrain, treeTest);

		Logistic logistic = new Logistic();
		Instances logisticTrain = instances(columns, train, scaling);
		logistic.buildClassifier(logisticTrain);
		Instances logisticTest = instances(columns, test, scaling);
		double logisticAuc = auc(logistic, logisticTrain, logisticTest);

		ChosenModel chosen = logisticAuc >= treeAuc ? ChosenModel.LOGISTIC : ChosenModel.TREE;
		double[] scores = chosen == ChosenModel.LOGISTIC ? scores(logistic, logisticTest) : scores(tree, treeTest);
		Scorer scorer = chosen == ChosenModel.LOGISTIC ? scorer(logistic, logisticTrain, scaling) : scorer(tree, treeTrain, null);
		return new Trained(columns, treeAuc, logisticAuc, chosen, drivers(logistic, columns),
				TreeLeaves.of(tree.root(), columns, train, test), deciles(scores, test), train.size(), train.positives(),
				test.size(), test.positives(), scorer);
	}

	private static Scorer scorer(AbstractClassifier model, Instances trainedOn, Scaling scaling) {
		Instances header = new Instances(trainedOn, 0);
		int width = header.numAttributes() - 1;
		return row -> {
			double[] values = Arrays.copyOf(scaling == null ? row : scaling.apply(row), width + 1);
			values[width] = Utils.missingValue();
			DenseInstance instance = new DenseInstance(1, values);
			instance.setDataset(header);
			return model.distributionForInstance(instance)[0];
		};
	}

	/** Columns with at least two values in the training part (Weka's logistic regression drops the others). */
	private static int[] varying(Labelled train) {
		int width = train.size() == 0 ? 0 : train.values()[0].length;
		return IntStream.range(0, width).filter(c -> {
			double first = Double.NaN;
			for (double[] row : train.values()) {
				double v = row[c];
				if (!Double.isNaN(v)) {
					if (Double.isNaN(first)) {
						first = v;
					}
					else if (v != first) {
						return true;
					}
				}
			}
			return false;
		}).toArray();
	}

	private static Labelled project(Labelled part, int[] columns) {
		double[][] values = new double[part.size()][];
		for (int i = 0; i < part.size(); i++) {
			double[] row = new double[columns.length];
			for (int c = 0; c < columns.length; c++) {
				row[c] = part.values()[i][columns[c]];
			}
			values[i] = row;
		}
		return new Labelled(part.ids(), values, part.reached());
	}

	private static Instances instances(List<ModelColumn> columns, Labelled part, Scaling scaling) {
		ArrayList<Attribute> attributes = new ArrayList<>();
		columns.forEach(column -> attributes.add(new Attribute(column.name())));
		attributes.add(new Attribute("reached", List.of(YES, "no")));
		Instances data = new Instances("lookalike", attributes, part.size());
		data.setClassIndex(columns.size());
		for (int i = 0; i < part.size(); i++) {
			double[] row = Arrays.copyOf(scaling == null ? part.values()[i] : scaling.apply(part.values()[i]), columns.size() + 1);
			row[columns.size()] = part.reached()[i] ? 0 : 1;
			data.add(new DenseInstance(1, row));
		}
		return data;
	}

	private static double auc(AbstractClassifier model, Instances train, Instances test) throws Exception {
		Evaluation evaluation = new Evaluation(train);
		evaluation.evaluateModel(model, test);
		double auc = evaluation.areaUnderROC(0);
		return Double.isNaN(auc) ? 0.5 : auc;
	}

	private static double[] scores(AbstractClassifier model, Instances test) throws Exception {
		double[] scores = new double[test.numInstances()];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = model.distributionForInstance(test.instance(i))[0];
		}
		return scores;
	}

	/** Coefficients for "yes" (the first class) per standardised column, largest effect first. */
	private static List<Driver> drivers(Logistic logistic, List<ModelColumn> columns) {
		double[][] coefficients = logistic.coefficients();
		List<Driver> drivers = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			ModelColumn column = columns.get(c);
			drivers.add(new Driver(column.attribute().column(), column.choice(), coefficients[c + 1][0]));
		}
		drivers.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(d.coefficient())));
		return List.copyOf(drivers.subList(0, Math.min(TOP_DRIVERS, drivers.size())));
	}

	/** Test customers by score, best first (ties by customer id), in ten near-equal parts. */
	static List<Decile> deciles(double[] scores, Labelled test) {
		Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> test.ids()[i]));
		double average = test.size() == 0 ? 0 : (double) test.positives() / test.size();
		List<Decile> deciles = new ArrayList<>();
		for (int d = 0; d < 10; d++) {
			int from = (int) ((long) d * order.length / 10);
			int to = (int) ((long) (d + 1) * order.length / 10);
			int reached = 0;
			for (int k = from; k < to; k++) {
				reached += test.reached()[order[k]] ? 1 : 0;
			}
			int customers = to - from;
			double rate = customers == 0 ? 0 : (double) reached / customers;
			deciles.add(new Decile(d + 1, customers, reached, average == 0 ? 0 : rate / average));
		}
		return deciles;
	}

	/** Mean and standard deviation of each column over the training part's non-empty values. */
	private record Scaling(double[] means, double[] sds) {

		static Scaling fit(double[][] rows) {
			int width = rows.length == 0 ? 0 : rows[0].length;
			double[] means = new double[width];
			double[] sds = new double[width];
			for (int c = 0; c < width; c++) {
				double sum = 0;
				double squares = 0;
				long n = 0;
				for (double[] row : rows) {
					if (!Double.isNaN(row[c])) {
						sum += row[c];
						squares += row[c] * row[c];
						n++;
					}
				}
				means[c] = n == 0 ? 0 : sum / n;
				double variance = n == 0 ? 0 : squares / n - means[c] * means[c];
				sds[c] = variance > 1e-12 ? Math.sqrt(variance) : 1;
			}
			return new Scaling(means, sds);
		}

		double[] apply(double[] row) {
			double[] scaled = new double[row.length];
			for (int c = 0; c < row.length; c++) {
				scaled[c] = Double.isNaN(row[c]) ? Double.NaN : (row[c] - means[c]) / sds[c];
			}
			return scaled;
		}

	}

}
