package io.finseg.lookalike;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.finseg.lookalike.ModelFindings.Decile;
import io.finseg.lookalike.ModelFindings.Driver;
import io.finseg.lookalike.ModelFindings.Leaf;
import io.finseg.outcomes.Outcome;

/**
 * A look-alike model of a campaign's outcome. The figures and findings are there once the model
 * is COMPLETED, with every customer's score from the features as of {@code scoredAsOf}; {@code features} are the model's columns ({@code life_stage=FAMILY} for a choice).
 */
public record LookalikeModel(long id, long campaignId, Outcome outcome, ModelStatus status, Long jobId, long seed,
		List<String> features, boolean usesProtected, boolean flagged, Integer trainRows, Integer trainPositives,
		Integer testRows, Integer testPositives, Double treeAuc, Double logisticAuc, ChosenModel chosen,
		List<Driver> drivers, List<Leaf> leaves, List<Decile> deciles, ScoreBands scores, LocalDate scoredAsOf, Long segmentId, String createdBy,
		LocalDateTime createdAt, LocalDateTime finishedAt, int version) {

	public boolean completed() {
		return status == ModelStatus.COMPLETED;
	}

	/** The AUC of the model that scores. */
	public Double chosenAuc() {
		return chosen == null ? null : chosen == ChosenModel.TREE ? treeAuc : logisticAuc;
	}

	/** Leaves whose customers reached the outcome more often than the training part's average. */
	public List<Leaf> likeTheConverters() {
		double average = trainRows == null || trainRows == 0 ? 0 : (double) trainPositives / trainRows;
		return leaves.stream().filter(leaf -> !leaf.steps().isEmpty() && leaf.trainRate() > average).toList();
	}

}
