package io.finseg.lookalike;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.segment.ModelScores;

/** What segments ask of a model's scores: who it scored at least a threshold, and whether it used protected attributes. */
@Component
class LookalikeScoreMembership implements ModelScores {

	private final LookalikeRepository models;

	LookalikeScoreMembership(LookalikeRepository models) {
		this.models = models;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> scoredAtLeastQuery(long modelId) {
		return models.hasScores(modelId) ? Optional.of(LookalikeScoreRepository.AT_LEAST) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean usesProtectedAttributes(long modelId) {
		return models.find(modelId).map(LookalikeModel::usesProtected).orElse(false);
	}

}
