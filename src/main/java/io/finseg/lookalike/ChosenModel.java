package io.finseg.lookalike;

/** Which model gives the scores: the one with the higher AUC on the test part. */
public enum ChosenModel {
	TREE, LOGISTIC
}
