package io.finseg.lookalike;

import weka.classifiers.trees.J48;
import weka.classifiers.trees.j48.ClassifierTree;

/** Weka's J48 with its tree in reach, so the leaves can be read as rules without parsing text. */
class ReadableJ48 extends J48 {

	private static final long serialVersionUID = 1L;

	ClassifierTree root() {
		return m_root;
	}

}
