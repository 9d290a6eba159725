package io.finseg.segment.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.finseg.segment.RuleException;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentCount;
import io.finseg.segment.SegmentService;
import io.finseg.segment.SegmentSizeRepository;

/**
 * The rows of the segment list: each segment's latest recorded size, or, for a segment never
 * sized or changed since, its size counted now.
 */
@Component
class SegmentListing {

	private final SegmentService service;

	private final SegmentSizeRepository sizes;

	private final MessageSource messages;

	SegmentListing(SegmentService service, SegmentSizeRepository sizes, MessageSource messages) {
		this.service = service;
		this.sizes = sizes;
		this.messages = messages;
	}

	List<Row> rows(Locale locale) {
		Map<Long, SegmentSizeRepository.RecordedSize> latest = sizes.latest();
		List<Row> rows = new ArrayList<>();
		for (Segment segment : service.all()) {
			SegmentSizeRepository.RecordedSize recorded = latest.get(segment.id());
			if (recorded != null && !segment.updatedAt().isAfter(recorded.recordedAt())) {
				SegmentCount count = recorded.size().count();
				rows.add(new Row(segment, count.customers(), count.email(), recorded.size().asOf(), false, null));
				continue;
			}
			try {
				SegmentCount count = service.count(segment.rule(), segment.id());
				rows.add(new Row(segment, count.customers(), count.email(), null, true, null));
			}
			catch (RuleException e) {
				rows.add(new Row(segment, null, null, null, false,
						messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale)));
			}
		}
		return rows;
	}

	/** Sizes as horizontal bars: contactable by email dark, the rest of the segment light. */
	String chartJson(List<Row> rows, Locale locale) {
		List<Row> sized = rows.stream().filter(row -> row.customers() != null).toList();
		return ChartJson.of(sized.stream().map(row -> row.segment().name()).toList(), List.of(
				ChartJson.Dataset.of(messages.getMessage("segments.chart.email", null, locale),
						sized.stream().map(Row::email).toList(), ChartJson.DARK),
				ChartJson.Dataset.of(messages.getMessage("segments.chart.notEmail", null, locale),
						sized.stream().map(row -> row.customers() - row.email()).toList(), ChartJson.LIGHT)));
	}

	/**
	 * A line of the list. {@code customers} and {@code email} are null when the rule has a
	 * {@code problem}; {@code lastCounted} is null when {@code countedNow}.
	 */
	public record Row(Segment segment, Long customers, Long email, LocalDate lastCounted, boolean countedNow,
			String problem) {

		/** Share of the members contactable by email, with one decimal, e.g. "62.5%". */
		public String emailShare() {
			if (customers == null || customers == 0) {
				return "";
			}
			return String.format(Locale.UK, "%.1f%%", 100.0 * Objects.requireNonNull(email) / customers);
		}

	}

}
