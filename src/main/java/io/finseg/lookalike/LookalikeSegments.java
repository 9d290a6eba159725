package io.finseg.lookalike;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.campaign.Campaign;
import io.finseg.campaign.CampaignService;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/**
 * Keeps "customers like the converters" as a segment: the customers the model scored at least a
 * threshold, or the chosen leaves as one rule tree, an OR
 * of the leaves, each the AND of its path's conditions, with the campaign's purpose, so the
 * builder opens and edits it like any other and the fair-lending guard reads it like any other.
 */
@Component
class LookalikeSegments {

	private final LookalikeService lookalikes;

	private final CampaignService campaigns;

	private final SegmentService segments;

	private final AuditLog audit;

	LookalikeSegments(LookalikeService lookalikes, CampaignService campaigns, SegmentService segments, AuditLog audit) {
		this.lookalikes = lookalikes;
		this.campaigns = campaigns;
		this.segments = segments;
		this.audit = audit;
	}

	/** @return the new segment's id */
	@Transactional
	long save(long campaignId, long modelId, int version, Set<Integer> leafNumbers, String name, String description,
			String by) {
		LookalikeModel model = lookalikes.get(campaignId, modelId);
		List<ModelFindings.Leaf> leaves = lookalikes.leaves(model, leafNumbers);
		if (name == null || name.isBlank()) {
			throw new LookalikeException("lookalike.problem.noName");
		}
		Campaign campaign = campaigns.get(campaignId);
		long segmentId = segments.create(name.strip(), description, campaign.purpose(), by, rule(leaves));
		lookalikes.attachSegment(modelId, version, segmentId);
		audit.record(AuditAction.SEGMENT_CREATED, "SEGMENT", segmentId,
				"from look-alike model %d of campaign %d, leaves %s".formatted(modelId, campaignId, leafNumbers));
		return segmentId;
	}

	/**
	 * Keeps the customers the model scored at least {@code percent} % as a segment of one
	 * condition, which the builder opens like any other.
	 * @return the new segment's id
	 */
	@Transactional
	long saveScoredAtLeast(long campaignId, long modelId, int version, int percent, String name, String by) {
		LookalikeModel model = lookalikes.get(campaignId, modelId);
		if (!model.completed() || model.scores().scored() == 0) {
			throw new LookalikeException("lookalike.problem.noScores");
		}
		if (!ScoreBands.offered(percent)) {
			throw new LookalikeException("lookalike.problem.threshold");
		}
		if (name == null || name.isBlank()) {
			throw new LookalikeException("lookalike.problem.noName");
		}
		Campaign campaign = campaigns.get(campaignId);
		long segmentId = segments.create(name.strip(), null, campaign.purpose(), by,
				new RuleNode.ScoreCondition(modelId, percent));
		lookalikes.attachSegment(modelId, version, segmentId);
		audit.record(AuditAction.SEGMENT_CREATED, "SEGMENT", segmentId,
				"from look-alike model %d of campaign %d, scored at least %d %%".formatted(modelId, campaignId, percent));
		return segmentId;
	}

	static RuleNode rule(List<ModelFindings.Leaf> leaves) {
		if (leaves.size() == 1) {
			return leaves.get(0).rule();
		}
		return new RuleNode.Group(RuleNode.Logic.OR, leaves.stream().map(leaf -> (RuleNode) leaf.rule()).toList());
	}

}
