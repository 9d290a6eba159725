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
		return models.find(modelId).filter(model -> model.completed() && model.scores().scored() > 0)
			.map(model -> LookalikeScoreRepository.AT_LEAST);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean usesProtectedAttributes(long modelId) {
		return models.find(modelId).map(LookalikeModel::usesProtected).orElse(false);
	}

}
