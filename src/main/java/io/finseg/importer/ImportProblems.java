package io.finseg.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
