package io.finseg.lookalike;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.finseg.lookalike.ModelFindings.Leaf;
import io.finseg.lookalike.ModelFindings.Step;
import weka.classifiers.trees.j48.C45Split;
import weka.classifiers.trees.j48.ClassifierTree;

/**
 * The tree's leaves as rules: each path from the root, with repeated splits on one column and
 * side folded into the tighter one, counted again on both parts with the rule's own reading of
 * empty values.
 */
final class TreeLeaves {

	private TreeLeaves() {
	}

	static List<Leaf> of(ClassifierTree root, List<ModelColumn> columns, Labelled train, Labelled test) {
		List<List<Step>> paths = new ArrayList<>();
		walk(root, columns, new ArrayList<>(), paths);
		List<String> names = columns.stream().map(ModelColumn::name).toList();
		List<Leaf> leaves = new ArrayList<>();
		for (List<Step> path : paths) {
			Leaf counting = new Leaf(leaves.size() + 1, path, 0, 0, 0, 0);
			int[] trainCounts = count(counting, train, names);
			int[] testCounts = count(counting, test, names);
			leaves.add(new Leaf(leaves.size() + 1, path, trainCounts[0], trainCounts[1], testCounts[0], testCounts[1]));
		}
		return leaves;
	}

	private static void walk(ClassifierTree node, List<ModelColumn> columns, List<Step> path, List<List<Step>> paths) {
		if (node.isLeaf() || !(node.getLocalModel() instanceof C45Split split)) {
			paths.add(folded(path));
			return;
		}
		ModelColumn column = columns.get(split.attIndex());
		ClassifierTree[] sons = node.getSons();
		for (int side = 0; side < sons.length; side++) {
			boolean above = side == 1;
			var condition = column.condition(split.splitPoint(), above);
			List<Step> deeper = new ArrayList<>(path);
			deeper.add(new Step(column.name(), split.splitPoint(), above, condition.attribute(), condition.operator(),
					condition.values()));
			walk(sons[side], columns, deeper, paths);
		}
	}

	/** Keeps one step per column and side: the tightest ("> 40" after "> 30" is just "> 40"). */
	private static List<Step> folded(List<Step> path) {
		Map<String, Step> kept = new LinkedHashMap<>();
		for (Step step : path) {
			String key = step.column() + (step.above() ? ">" : "<=");
			Step before = kept.get(key);
			if (before == null || (step.above() ? step.threshold() > before.threshold() : step.threshold() < before.threshold())) {
				kept.put(key, step);
			}
		}
		return List.copyOf(kept.values());
	}

	private static int[] count(Leaf leaf, Labelled part, List<String> names) {
		int[] counts = new int[2];
		for (int i = 0; i < part.size(); i++) {
			if (leaf.covers(part.values()[i], names)) {
				counts[0]++;
				counts[1] += part.reached()[i] ? 1 : 0;
			}
		}
		return counts;
	}

}
