package io.finseg.lookalike;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.finseg.campaign.CampaignService;
import io.finseg.jobs.JobContext;
import io.finseg.jobs.JobOutcome;
import io.finseg.outcomes.Outcome;
import io.finseg.outcomes.OutcomeService;
import io.finseg.segment.Attribute;

/**
 * One training from start to end: the campaign's target members, labelled by whether they
 * reached the outcome, split 70/30 by the seed (at most {@link #PART_CAP} customers a part), their
 * features read, both models trained and measured, every customer scored by the chosen one, and
 * the findings written in one statement.
 */
@Component
class LookalikeWork {

	static final int PART_CAP = 50_000;

	private static final Logger log = LoggerFactory.getLogger(LookalikeWork.class);

	private final CampaignService campaigns;

	private final OutcomeService outcomes;

	private final ModelFeatureReader reader;

	private final LookalikeRepository models;

	private final PopulationScoring scoring;

	private final Clock clock;

	LookalikeWork(CampaignService campaigns, OutcomeService outcomes, ModelFeatureReader reader,
			LookalikeRepository models, PopulationScoring scoring, Clock clock) {
		this.campaigns = campaigns;
		this.outcomes = outcomes;
		this.reader = reader;
		this.models = models;
		this.scoring = scoring;
		this.clock = clock;
	}

	JobOutcome run(long modelId, long campaignId, Outcome outcome, long seed, List<Attribute> attributes,
			JobContext context) throws Exception {
		long started = System.nanoTime();
		models.markRunning(modelId);
		List<Integer> target = new ArrayList<>();
		campaigns.members(campaignId).forEach((customer, holdout) -> {
			if (!holdout) {
				target.add(customer);
			}
		});
		Set<Integer> reached = outcomes.customersWith(campaignId, outcome);
		SeededSplit split = SeededSplit.of(target.stream().mapToInt(Integer::intValue).toArray(), seed, PART_CAP);
		long total = (long) split.train().length + split.test().length;
		List<ModelColumn> columns = LookalikeFeatures.columns(attributes);
		context.message("lookalike.job.reading", total);
		Labelled train = reader.read(split.train(), reached::contains, columns);
		context.progress(split.train().length, total);
		context.throwIfCancelled();
		Labelled test = reader.read(split.test(), reached::contains, columns);
		context.progress(total, total);
		context.throwIfCancelled();
		context.message("lookalike.job.training", train.size());
		LookalikeTrainer.Trained trained = LookalikeTrainer.train(columns, train, test);
		context.throwIfCancelled();
		PopulationScoring.Scored scored = scoring.scoreEveryone(modelId, trained, context);
		context.throwIfCancelled();
		models.complete(modelId, trained, scored, LocalDateTime.now(clock));
		log.info("Look-alike model {} of campaign {}: {} training and {} test customers, AUC tree {} logistic {}, {} ms",
				modelId, campaignId, train.size(), test.size(), trained.treeAuc(), trained.logisticAuc(),
				(System.nanoTime() - started) / 1_000_000);
		return JobOutcome.succeeded("lookalike.job.done", train.size(), test.size())
			.withResultLink("/campaigns/" + campaignId + "/lookalikes/" + modelId);
	}

}
