package io.finseg.campaign;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.consent.ConsentRule;
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

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final FairLendingGuard guard;

	private final SecureRandom seeds = new SecureRandom();

	CampaignService(CampaignRepository campaigns, SegmentService segments, FairLendingGuard guard, JdbcClient jdbc,
			AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.segments = segments;
		this.guard = guard;
		this.jdbc = jdbc;
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
		// Knuth's multiplicative hash of the id, mixed with the seed, gives a bucket 0-99 per customer.
		long members = jdbc.sql("""
				INSERT INTO campaign_member (campaign_id, customer_id, holdout, reason_at_freeze)
				SELECT :campaign, f.customer_id,
				  CASE WHEN FLOOR(MOD(f.customer_id * 2654435761 + :seed, 4294967296) / 42949673) < :holdout THEN TRUE ELSE FALSE END,
				  %s
				FROM %s f LEFT JOIN compliance cp ON cp.customer_id = f.customer_id
				WHERE %s""".formatted(ConsentRule.suppressionExpression(campaign.channel(), "cp"),
				membership.featuresTable(), membership.rule().condition()))
			.params(membership.rule().parameters())
			.param("campaign", id)
			.param("seed", campaign.holdoutSeed())
			.param("holdout", campaign.holdoutPercent())
			.update();
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
		int total = jdbc.sql("SELECT COUNT(*) FROM campaign_member WHERE campaign_id = :id").param("id", id)
			.query(Long.class).single().intValue();
		int[] ids = new int[total];
		BitSet holdout = new BitSet(total);
		int[] next = { 0 };
		jdbc.sql("SELECT customer_id, holdout FROM campaign_member WHERE campaign_id = :id ORDER BY customer_id")
			.param("id", id)
			.query(rs -> {
				if (next[0] < total) {
					ids[next[0]] = rs.getInt(1);
					holdout.set(next[0], rs.getBoolean(2));
					next[0]++;
				}
			});
		return new CampaignMembers(next[0] == total ? ids : Arrays.copyOf(ids, next[0]), holdout);
	}

	/** Who the frozen audience reaches now, with consent checked again. */
	@Transactional(readOnly = true)
	public Audience audience(long id) {
		Campaign campaign = get(id);
		Map<Suppression, Long> suppressed = new EnumMap<>(Suppression.class);
		Map<Suppression, Long> newly = new EnumMap<>(Suppression.class);
		long[] totals = new long[3];
		jdbc.sql("""
				SELECT m.holdout, m.reason_at_freeze, %s AS reason_now, COUNT(*) AS members
				FROM campaign_member m LEFT JOIN compliance cp ON cp.customer_id = m.customer_id
				WHERE m.campaign_id = :id
				GROUP BY m.holdout, m.reason_at_freeze, %s""".formatted(
				ConsentRule.suppressionExpression(campaign.channel(), "cp"),
				ConsentRule.suppressionExpression(campaign.channel(), "cp")))
			.param("id", id)
			.query(rs -> {
				long count = rs.getLong("members");
				String now = rs.getString("reason_now");
				totals[0] += count;
				if (rs.getBoolean("holdout")) {
					totals[2] += count;
				}
				else if (now == null) {
					totals[1] += count;
				}
				else {
					suppressed.merge(Suppression.valueOf(now), count, Long::sum);
					if (rs.getString("reason_at_freeze") == null) {
						newly.merge(Suppression.valueOf(now), count, Long::sum);
					}
				}
			});
		return new Audience(totals[0], totals[1], totals[2], suppressed, newly);
	}

}
