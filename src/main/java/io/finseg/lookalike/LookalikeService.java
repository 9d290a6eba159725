package io.finseg.lookalike;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.campaign.Campaign;
import io.finseg.campaign.CampaignService;
import io.finseg.features.FeatureService;
import io.finseg.jobs.JobCancelledException;
import io.finseg.jobs.JobType;
import io.finseg.jobs.Jobs;
import io.finseg.outcomes.Outcome;
import io.finseg.segment.Attribute;
import io.finseg.segment.Purpose;

/**
 * Starts look-alike training as a job and answers what the models found. A model that does not
 * end COMPLETED has no findings: cancelled, failed, or cut off by a shutdown or restart (FAILED).
 */
@Service
public class LookalikeService {

	public static final JobType JOB_TYPE = JobType.of("LOOKALIKE_TRAINING", "customers");

	private static final Logger log = LoggerFactory.getLogger(LookalikeService.class);

	private final LookalikeRepository models;

	private final LookalikeWork work;

	private final LookalikeFeatures features;

	private final CampaignService campaigns;

	private final FeatureService featureService;

	private final Jobs jobs;

	private final AuditLog audit;

	private final Clock clock;

	LookalikeService(LookalikeRepository models, LookalikeWork work, LookalikeFeatures features,
			CampaignService campaigns, FeatureService featureService, Jobs jobs, AuditLog audit, Clock clock) {
		this.models = models;
		this.work = work;
		this.features = features;
		this.campaigns = campaigns;
		this.featureService = featureService;
		this.jobs = jobs;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether a model of this campaign leaves the protected attributes out unless asked: for credit offers. */
	public boolean excludesProtectedByDefault(Campaign campaign) {
		return campaign.purpose() == Purpose.CREDIT_OFFER;
	}

	/**
	 * Records the model and starts its training as a job.
	 * @param includeProtected null for the campaign's default
	 * @throws LookalikeException when the campaign cannot be learnt from, with the reason
	 */
	public long start(long campaignId, Outcome outcome, Boolean includeProtected, long seed, String by) {
		Campaign campaign = campaigns.get(campaignId);
		if (!campaign.isFrozen()) {
			throw new LookalikeException("lookalike.problem.notFrozen");
		}
		if (!featureService.current().built()) {
			throw new LookalikeException("lookalike.problem.noFeatures");
		}
		boolean withProtected = includeProtected == null ? !excludesProtectedByDefault(campaign) : includeProtected;
		List<Attribute> attributes = features.attributes(withProtected);
		boolean usesProtected = LookalikeFeatures.anyProtected(attributes);
		boolean flagged = usesProtected && campaign.purpose() == Purpose.CREDIT_OFFER;
		List<String> columns = LookalikeFeatures.columns(attributes).stream().map(ModelColumn::name).toList();
		long modelId = models.insert(campaignId, outcome, seed, columns, usesProtected, flagged, by, now());
		long jobId = jobs.start(JOB_TYPE, by, context -> {
			try {
				return work.run(modelId, campaignId, outcome, seed, attributes, context);
			}
			catch (JobCancelledException cancelled) {
				end(modelId, cancelled.byShutdown() ? ModelStatus.FAILED : ModelStatus.CANCELLED);
				throw cancelled;
			}
			catch (Exception | Error failure) {
				end(modelId, ModelStatus.FAILED);
				throw failure;
			}
		});
		models.attachJob(modelId, jobId);
		audit.record(AuditAction.LOOKALIKE_TRAINING_STARTED, "LOOKALIKE_MODEL", modelId,
				"campaign=%d outcome=%s columns=%d protected=%s".formatted(campaignId, outcome, columns.size(), usesProtected));
		return modelId;
	}

	@Transactional(readOnly = true)
	public LookalikeModel get(long campaignId, long modelId) {
		return models.find(modelId).filter(model -> model.campaignId() == campaignId)
			.orElseThrow(() -> new LookalikeNotFoundException(modelId));
	}

	@Transactional(readOnly = true)
	public List<LookalikeModel> ofCampaign(long campaignId) {
		return models.ofCampaign(campaignId);
	}

	/**
	 * Asks the training to stop; a model whose job had not started ends CANCELLED at once.
	 * @return false when the model has already ended
	 */
	public boolean cancel(long campaignId, long modelId) {
		LookalikeModel model = get(campaignId, modelId);
		if (!model.status().isActive() || model.jobId() == null || !jobs.requestCancel(model.jobId())) {
			return false;
		}
		if (!jobs.get(model.jobId()).isActive() && get(campaignId, modelId).status() == ModelStatus.QUEUED) {
			end(modelId, ModelStatus.CANCELLED);
		}
		return true;
	}

	/** The chosen leaves of a completed model, by leaf number; unknown numbers are refused. */
	public List<ModelFindings.Leaf> leaves(LookalikeModel model, Set<Integer> numbers) {
		if (!model.completed()) {
			throw new LookalikeException("lookalike.problem.notCompleted");
		}
		List<ModelFindings.Leaf> chosen = new ArrayList<>();
		for (ModelFindings.Leaf leaf : model.leaves()) {
			if (numbers.contains(leaf.number()) && !leaf.steps().isEmpty()) {
				chosen.add(leaf);
			}
		}
		if (chosen.isEmpty() || chosen.size() != numbers.size()) {
			throw new LookalikeException("lookalike.problem.noLeaves");
		}
		return chosen;
	}

	void attachSegment(long modelId, int version, long segmentId) {
		models.attachSegment(modelId, version, segmentId);
	}

	/** At start-up, a model still queued or running was cut off by the restart. */
	@EventListener(ApplicationReadyEvent.class)
	void failModelsCutOffByARestart() {
		for (long cutOff : models.active()) {
			log.warn("Look-alike model {} was interrupted by a restart; marking it failed", cutOff);
			end(cutOff, ModelStatus.FAILED);
		}
	}

	void end(long modelId, ModelStatus status) {
		try {
			models.end(modelId, status, now());
		}
		catch (RuntimeException e) {
			log.error("Could not record how look-alike model {} ended; the next start does", modelId, e);
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

}
