package io.finseg.campaign;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.consent.Suppression;
import io.finseg.segment.FairLendingGuard;
import io.finseg.segment.Purpose;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentService;

/** Creates campaigns, freezes their audience and tells who an export would reach now. */
@Service
public class CampaignService {

	static final int MAX_HOLDOUT_PERCENT = 50;

	private final CampaignRepository campaigns;

	private final SegmentService segments;

	private final CampaignMemberRepository memberRows;

	private final AuditLog audit;

	private final Clock clock;

	private final FairLendingGuard guard;

	private final SecureRandom seeds = new SecureRandom();

	CampaignService(CampaignRepository campaigns, CampaignMemberRepository memberRows, SegmentService segments, FairLendingGuard guard,
			AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.segments = segments;
		this.guard = guard;
		this.memberRows = memberRows;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws CampaignException saying in words what is wrong with the form */
	@Transactional
	public long create(CampaignForm form, String owner) {
		form.check(campaigns::nameTaken);
		segments.get(form.segmentId());
		long seed = seeds.nextLong() & 0xFFFFFFFFL;
		long id = campaigns.insert(form.name().strip(), form.segmentId(), form.channel(), form.purpose(), form.fields(),
				form.holdoutPercent(), seed, owner, LocalDateTime.now(clock));
		audit.record(AuditAction.CAMPAIGN_CREATED, "campaign", id,
				"name=" + form.name() + ", segment=" + form.segmentId() + ", channel=" + form.channel());
		return id;
	}

	@Transactional(readOnly = true)
	public Campaign get(long id) {
		return campaigns.find(id).orElseThrow(() -> new CampaignNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public List<Campaign> all() {
		return campaigns.all();
	}

	/**
	 * Takes the segment's members as they are now into the campaign, each as target or holdout
	 * (a hash of the stored seed and the customer id: the same draw every time), with whether the
	 * channel could reach them at this moment.
	 *
	 * @return the number of members frozen
	 */
	@Transactional
	public long freeze(long id, int version, String by) {
		Campaign campaign = get(id);
		FairLending check = fairLending(campaign, Locale.ROOT);
		if (check.flagged() && !check.approved()) {
			throw new CampaignException("campaign.problem.approvalNeeded");
		}
		SegmentService.Membership membership = segments.membership(campaign.segmentId());
		campaigns.markFrozen(id, version, by, LocalDateTime.now(clock));
		long members = memberRows.freeze(campaign, membership);
		audit.record(AuditAction.CAMPAIGN_FROZEN, "campaign", id, "members=" + members);
		return members;
	}

	/**
	 * Whether the campaign is a credit offer (by its purpose or its segment's) that selects by a
	 * protected attribute, where, and whether an approval for the segment as it is now exists.
	 */
	@Transactional(readOnly = true)
	public FairLending fairLending(Campaign campaign, Locale locale) {
		Segment segment = segments.get(campaign.segmentId());
		boolean creditOffer = campaign.purpose() == Purpose.CREDIT_OFFER || segment.purpose() == Purpose.CREDIT_OFFER;
		List<FairLendingGuard.Finding> findings = creditOffer ? guard.findings(segment.rule(), segment.id(), locale) : List.of();
		boolean approved = campaign.approval() != null && campaign.approval().segmentVersion() == segment.version();
		return new FairLending(!findings.isEmpty(), findings, approved);
	}

	/** Four eyes: an admin who did not create the campaign approves a flagged one, with a reason. */
	@Transactional
	public void approve(long id, int version, String by, String reason) {
		Campaign campaign = get(id);
		Segment segment = segments.get(campaign.segmentId());
		if (!fairLending(campaign, Locale.ROOT).flagged()) {
			throw new CampaignException("campaign.problem.approvalNotNeeded");
		}
		if (campaign.owner().equals(by)) {
			throw new CampaignException("campaign.problem.ownApproval");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 1000) {
			throw new CampaignException("campaign.problem.reasonMissing");
		}
		campaigns.approve(id, version, by, why, segment.version(), LocalDateTime.now(clock));
		audit.record(AuditAction.CAMPAIGN_APPROVED, "campaign", id, "segmentVersion=" + segment.version() + ", reason=" + why);
	}

	/** The guard's verdict on a campaign. */
	public record FairLending(boolean flagged, List<FairLendingGuard.Finding> findings, boolean approved) {
	}

	@Transactional(readOnly = true)
	public List<ExportRecord> exports(long id) {
		return campaigns.exports(id);
	}

	/**
	 * The frozen members of a campaign, target and holdout (empty for a draft), for rooms that
	 * read what happened to them.
	 */
	@Transactional(readOnly = true)
	public CampaignMembers members(long id) {
		get(id);
		return memberRows.members(id);
	}

	/** Who the frozen audience reaches now, with consent checked again. */
	@Transactional(readOnly = true)
	public Audience audience(long id) {
		Campaign campaign = get(id);
		Map<Suppression, Long> suppressed = new EnumMap<>(Suppression.class);
		Map<Suppression, Long> newly = new EnumMap<>(Suppression.class);
		long[] totals = new long[3];
		for (CampaignMemberRepository.AudienceGroup group : memberRows.audienceGroups(campaign)) {
			long count = group.members();
			String now = group.reasonNow();
			totals[0] += count;
			if (group.holdout()) {
				totals[2] += count;
			}
			else if (now == null) {
				totals[1] += count;
			}
			else {
				suppressed.merge(Suppression.valueOf(now), count, Long::sum);
				if (group.reasonAtFreeze() == null) {
					newly.merge(Suppression.valueOf(now), count, Long::sum);
				}
			}
		}
		return new Audience(totals[0], totals[1], totals[2], suppressed, newly);
	}

}
