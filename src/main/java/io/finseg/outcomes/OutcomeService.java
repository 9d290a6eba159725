package io.finseg.outcomes;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.campaign.Campaign;
import io.finseg.campaign.CampaignService;
import io.finseg.consent.ConsentWithdrawal;
import io.finseg.customer.CustomerErased;

/**
 * Records a frozen campaign's outcomes from a file, all or nothing, and, when an admin says so,
 * withdraws the channel's consent of those who unsubscribed.
 */
@Service
public class OutcomeService {

	private final CampaignService campaigns;

	private final OutcomeRepository outcomes;

	private final ConsentWithdrawal consent;

	private final AuditLog audit;

	private final Clock clock;

	OutcomeService(CampaignService campaigns, OutcomeRepository outcomes, ConsentWithdrawal consent, AuditLog audit,
			Clock clock) {
		this.campaigns = campaigns;
		this.outcomes = outcomes;
		this.consent = consent;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks every line and writes the outcomes only when all are right. A customer's outcome
	 * that is already recorded (from an earlier file) keeps its first date and value.
	 */
	@Transactional
	public UploadResult upload(long campaignId, String fileName, Reader file, String by) throws IOException {
		Campaign campaign = frozen(campaignId);
		OutcomeFileCheck.Checked checked = OutcomeFileCheck.check(file, campaigns.members(campaignId),
				campaign.frozenAt().toLocalDate(), LocalDate.now(clock));
		if (!checked.valid()) {
			return UploadResult.refused(checked.problems(), checked.problemsTotal());
		}
		Set<Long> recorded = outcomes.recordedKeys(campaignId);
		List<OutcomeRow> fresh = checked.rows().stream()
			.filter(row -> !recorded.contains(((long) row.customerId() << 3) | row.outcome().ordinal()))
			.toList();
		long unsubscribes = fresh.stream().filter(row -> row.outcome() == Outcome.UNSUBSCRIBED).count();
		String name = fileName == null || fileName.isBlank() ? "uploaded.csv" : fileName.strip();
		name = name.length() > 255 ? name.substring(0, 255) : name;
		long uploadId = outcomes.insertUpload(campaignId, name, by, LocalDateTime.now(clock), checked.rows().size(),
				fresh.size(), unsubscribes);
		outcomes.insertOutcomes(campaignId, uploadId, fresh);
		audit.record(AuditAction.CAMPAIGN_OUTCOMES_UPLOADED, "campaign", campaignId, "upload=%d, rows=%d, new=%d, unsubscribes=%d"
			.formatted(uploadId, checked.rows().size(), fresh.size(), unsubscribes));
		return UploadResult.recorded(uploadId, checked.rows().size(), fresh.size(), unsubscribes);
	}

	/** An admin's decision: the customers who unsubscribed in this upload lose the campaign channel's opt-in. */
	@Transactional
	public int withdrawConsent(long campaignId, long uploadId, String by) {
		Campaign campaign = frozen(campaignId);
		OutcomeUpload upload = outcomes.upload(campaignId, uploadId)
			.orElseThrow(() -> new OutcomeUploadNotFoundException(uploadId));
		if (!upload.awaitsConsentDecision()) {
			throw new OutcomeException("outcomes.problem.nothingToWithdraw");
		}
		int withdrawn = consent.withdraw(campaign.channel(), outcomes.unsubscribed(uploadId));
		outcomes.markConsentWithdrawn(uploadId, by, LocalDateTime.now(clock), withdrawn);
		audit.record(AuditAction.CONSENT_WITHDRAWN_AFTER_UNSUBSCRIBE, "campaign", campaignId,
				"upload=%d, channel=%s, unsubscribes=%d, optInsWithdrawn=%d".formatted(uploadId, campaign.channel(),
						upload.unsubscribes(), withdrawn));
		return withdrawn;
	}

	@Transactional(readOnly = true)
	public List<OutcomeUpload> uploads(long campaignId) {
		return outcomes.uploads(campaignId);
	}

	/** The members of the campaign (target and holdout) who reached the outcome. */
	@Transactional(readOnly = true)
	public Set<Integer> customersWith(long campaignId, Outcome outcome) {
		return Set.copyOf(outcomes.withOutcome(campaignId, outcome).keySet());
	}

	@Transactional(readOnly = true)
	public Map<Outcome, Long> counts(long campaignId) {
		return outcomes.countsByOutcome(campaignId);
	}

	@EventListener
	void on(CustomerErased event) {
		event.removed().add("campaign_outcome", outcomes.eraseCustomer(event.customerId()));
	}

	private Campaign frozen(long campaignId) {
		Campaign campaign = campaigns.get(campaignId);
		if (!campaign.isFrozen()) {
			throw new OutcomeException("outcomes.problem.notFrozen");
		}
		return campaign;
	}

	/** Either the upload recorded (with its counts) or the problems that stopped it. */
	public record UploadResult(Long uploadId, long rows, long newRows, long unsubscribes, List<OutcomeProblem> problems,
			long problemsTotal) {

		static UploadResult refused(List<OutcomeProblem> problems, long total) {
			return new UploadResult(null, 0, 0, 0, problems, total);
		}

		static UploadResult recorded(long uploadId, long rows, long newRows, long unsubscribes) {
			return new UploadResult(uploadId, rows, newRows, unsubscribes, List.of(), 0);
		}

		public boolean accepted() {
			return uploadId != null;
		}

	}

}
