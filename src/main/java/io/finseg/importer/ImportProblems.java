package io.finseg.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** Keeps the first problems of an upload to show, and counts all of them. */
public class ImportProblems {

	public static final int SHOWN = 100;

	private final List<ImportProblem> shown = new ArrayList<>();

	private long total;

	public void add(ImportProblem problem) {
		total++;
		if (shown.size() < SHOWN) {
			shown.add(problem);
		}
	}

	/** Adds all of another's problems (and its count of those not kept), each as {@code as} says it. */
	public void addAll(ImportProblems other, UnaryOperator<ImportProblem> as) {
		for (ImportProblem problem : other.shown) {
			add(as.apply(problem));
		}
		total += other.total - other.shown.size();
	}

	public boolean isEmpty() {
		return total == 0;
	}

	public long total() {
		return total;
	}

	public List<ImportProblem> shown() {
		return Collections.unmodifiableList(shown);
	}

}
