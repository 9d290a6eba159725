package io.finseg.campaign;

import java.util.List;
import java.util.function.Predicate;

import io.finseg.consent.Channel;
import io.finseg.segment.Purpose;

/** What the new-campaign form asks for. */
public record CampaignForm(String name, Long segmentId, Channel channel, Purpose purpose, List<ExportField> fields,
		int holdoutPercent) {

	public CampaignForm {
		name = name == null ? "" : name.strip();
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	static CampaignForm blank() {
		return new CampaignForm("", null, Channel.EMAIL, Purpose.GENERAL, List.of(ExportField.CUSTOMER_ID, ExportField.NAME,
				ExportField.EMAIL), 10);
	}

	/** @throws CampaignException for the first thing that is wrong, in words */
	void check(Predicate<String> nameTaken) {
		if (name.isEmpty()) {
			throw new CampaignException("campaign.problem.nameMissing");
		}
		if (name.length() > 100) {
			throw new CampaignException("campaign.problem.nameTooLong");
		}
		if (nameTaken.test(name)) {
			throw new CampaignException("campaign.problem.nameTaken");
		}
		if (segmentId == null) {
			throw new CampaignException("campaign.problem.segmentMissing");
		}
		if (channel == null || purpose == null) {
			throw new CampaignException("campaign.problem.channelMissing");
		}
		if (fields.isEmpty()) {
			throw new CampaignException("campaign.problem.noFields");
		}
		for (ExportField field : fields) {
			if (!field.allowedFor(channel)) {
				throw new CampaignException("campaign.problem.fieldNotAllowed", "ExportField." + field.name(),
						"Channel." + channel.name());
			}
		}
		if (holdoutPercent < 0 || holdoutPercent > CampaignService.MAX_HOLDOUT_PERCENT) {
			throw new CampaignException("campaign.problem.holdout", CampaignService.MAX_HOLDOUT_PERCENT);
		}
	}

}
