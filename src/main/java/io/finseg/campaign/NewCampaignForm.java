package io.finseg.campaign;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.finseg.consent.Channel;
import io.finseg.segment.Purpose;

/**
 * The new-campaign form as typed. Every field is text so that binding never fails: an unknown
 * channel, purpose or field or a holdout that is not a number reads as missing or out of range,
 * and {@link CampaignForm#check} refuses it in words next to the field.
 */
record NewCampaignForm(String name, String segmentId, String channel, String purpose, List<String> fields,
		String holdoutPercent) {

	NewCampaignForm {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	static NewCampaignForm of(CampaignForm form) {
		return new NewCampaignForm(form.name(), form.segmentId() == null ? null : form.segmentId().toString(),
				nameOf(form.channel()), nameOf(form.purpose()), form.fields().stream().map(Enum::name).toList(),
				Integer.toString(form.holdoutPercent()));
	}

	CampaignForm toParameters() {
		return new CampaignForm(name, parseLong(segmentId), parse(Channel.class, channel), parse(Purpose.class, purpose),
				fields.stream().map(f -> parse(ExportField.class, f)).filter(Objects::nonNull).toList(),
				parseHoldout(holdoutPercent));
	}

	/** The field a refusal of {@link CampaignForm#check} is about, so that it shows next to it. */
	String fieldOf(CampaignException problem) {
		return switch (problem.messageKey()) {
			case "campaign.problem.nameMissing", "campaign.problem.nameTooLong", "campaign.problem.nameTaken" -> "name";
			case "campaign.problem.segmentMissing" -> "segmentId";
			case "campaign.problem.channelMissing" -> toParameters().channel() == null ? "channel" : "purpose";
			case "campaign.problem.noFields", "campaign.problem.fieldNotAllowed" -> "fields";
			case "campaign.problem.holdout" -> "holdoutPercent";
			default -> null;
		};
	}

	private static String nameOf(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static Long parseLong(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static int parseHoldout(String text) {
		if (text == null) {
			return 0;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
	}

}
