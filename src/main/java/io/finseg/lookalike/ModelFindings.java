package io.finseg.lookalike;

import java.util.List;

import io.finseg.segment.Operator;
import io.finseg.segment.RuleNode;

/** What a trained look-alike model found, as the page shows it and the database keeps it (JSON). */
public final class ModelFindings {

	private ModelFindings() {
	}

	/** A column that moves the odds: its logistic coefficient on the standardised column. */
	public record Driver(String attribute, String choice, double coefficient) {

		public boolean raises() {
			return coefficient > 0;
		}

	}

	/**
	 * One leaf of the tree: the path's conditions, and how many customers of each part it holds
	 * and how many of them reached the outcome (customers with an empty tested value in none).
	 */
	public record Leaf(int number, List<Step> steps, int trainCustomers, int trainReached, int testCustomers,
			int testReached) {

		public double trainRate() {
			return trainCustomers == 0 ? 0 : (double) trainReached / trainCustomers;
		}

		public double testRate() {
			return testCustomers == 0 ? 0 : (double) testReached / testCustomers;
		}

		boolean covers(double[] values, List<String> columnNames) {
			for (Step step : steps) {
				int column = columnNames.indexOf(step.column());
				if (column < 0 || !ModelColumn.meets(values[column], step.threshold(), step.above())) {
					return false;
				}
			}
			return true;
		}

		/** The leaf as a segment rule: every condition on its path. */
		RuleNode.Group rule() {
			return new RuleNode.Group(RuleNode.Logic.AND, steps.stream().map(Step::condition).map(c -> (RuleNode) c).toList());
		}

	}

	/** One split on a leaf's path: the model column, its threshold and side, and the same as a segment condition. */
	public record Step(String column, double threshold, boolean above, String attribute, Operator operator, List<String> values) {

		RuleNode.Condition condition() {
			return new RuleNode.Condition(attribute, operator, values);
		}

	}

	/** A tenth of the test part, best scores first: how many reached the outcome, against the part's average. */
	public record Decile(int number, int customers, int reached, double lift) {

		public double rate() {
			return customers == 0 ? 0 : (double) reached / customers;
		}

	}

}
