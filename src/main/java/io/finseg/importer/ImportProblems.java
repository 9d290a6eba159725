package io.finseg.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps the first problems of an upload to show, and counts all of them. */
class ImportProblems {

	static final int SHOWN = 100;

	private final List<ImportProblem> shown = new ArrayList<>();

	private long total;

	void add(ImportProblem problem) {
		total++;
		if (shown.size() < SHOWN) {
			shown.add(problem);
		}
	}

	boolean isEmpty() {
		return total == 0;
	}

	long total() {
		return total;
	}

	List<ImportProblem> shown() {
		return Collections.unmodifiableList(shown);
	}

}
