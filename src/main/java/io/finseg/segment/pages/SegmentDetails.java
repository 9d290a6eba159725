package io.finseg.segment.pages;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import io.finseg.features.CustomerRow;
import io.finseg.features.CustomerRows;
import io.finseg.segment.RuleException;
import io.finseg.segment.RuleSentence;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentCount;
import io.finseg.segment.SegmentNotFoundException;
import io.finseg.segment.SegmentService;
import io.finseg.segment.SegmentSizeRepository;

/**
 * What the detail page shows of a segment: the rule in words, its size now, size history,
 * consent breakdown and a keyset page of members. A rule that no longer compiles gives the
 * problem in words instead of the numbers.
 */
@Component
class SegmentDetails {

	static final int PAGE_SIZE = 50;

	private static final Map<String, String> CONSENT_COLOURS = Map.of("CONSENTED", "#1b6e3a", "REFUSED", "#b3261e",
			"UNKNOWN", "#6c757d", "REQUIREMENTS_NOT_MET", "#b06000");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.UK);

	private final SegmentService service;

	private final SegmentSizeRepository sizes;

	private final RuleSentence sentence;

	private final CustomerRows customerRows;

	private final MessageSource messages;

	SegmentDetails(SegmentService service, SegmentSizeRepository sizes, RuleSentence sentence, CustomerRows customerRows,
			MessageSource messages) {
		this.service = service;
		this.sizes = sizes;
		this.sentence = sentence;
		this.customerRows = customerRows;
		this.messages = messages;
	}

	Detail of(Segment segment, Long after, Long before, Authentication viewer, Locale locale) {
		String words = sentence.of(segment.rule(), names(locale), locale);
		String history = historyJson(segment.id(), locale);
		try {
			SegmentCount count = service.count(segment.rule(), segment.id());
			Map<String, Long> consent = service.consentBreakdown(segment.rule(), segment.id());
			Members members = members(segment, count.customers(), after, before, viewer);
			return new Detail(segment, words, null, count, shares(consent, count.customers(), locale),
					consentJson(consent, locale), history, members);
		}
		catch (RuleException e) {
			return new Detail(segment, words, problem(e, locale), null, List.of(), null, history, null);
		}
	}

	/** The name of a referenced segment, or "segment 12" when it is gone. */
	LongFunction<String> names(Locale locale) {
		return id -> {
			try {
				return service.get(id).name();
			}
			catch (SegmentNotFoundException e) {
				return messages.getMessage("segment.unknownName", new Object[] { id }, locale);
			}
		};
	}

	String problem(RuleException e, Locale locale) {
		return messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale);
	}

	private Members members(Segment segment, long total, Long after, Long before, Authentication viewer) {
		List<Long> ids;
		boolean hasPrevious;
		boolean hasNext;
		if (before != null) {
			ids = new ArrayList<>(service.membersBefore(segment.rule(), segment.id(), before, PAGE_SIZE + 1));
			hasPrevious = ids.size() > PAGE_SIZE;
			if (hasPrevious) {
				ids.remove(0);
			}
			hasNext = !ids.isEmpty();
		}
		else {
			long from = after == null ? 0 : after;
			ids = new ArrayList<>(service.members(segment.rule(), segment.id(), from, PAGE_SIZE + 1));
			hasNext = ids.size() > PAGE_SIZE;
			if (hasNext) {
				ids.remove(ids.size() - 1);
			}
			hasPrevious = from > 0 && !service.membersBefore(segment.rule(), segment.id(), from + 1, 1).isEmpty();
		}
		List<CustomerRow> rows = customerRows.of(ids, viewer);
		// A page after the last member is empty but still leads back to the members before it.
		Long previous = hasPrevious ? (ids.isEmpty() ? Long.valueOf(after + 1) : ids.get(0)) : null;
		return new Members(rows, total, previous, hasNext ? ids.get(ids.size() - 1) : null,
				CustomerRows.personalDetailsVisibleTo(viewer));
	}

	private List<ConsentShare> shares(Map<String, Long> consent, long total, Locale locale) {
		return consent.entrySet().stream()
			.map(e -> new ConsentShare(e.getKey(), messages.getMessage("ConsentStatus." + e.getKey(), null, locale),
					e.getValue(), total == 0 ? "" : String.format(Locale.UK, "%.1f%%", 100.0 * e.getValue() / total)))
			.toList();
	}

	private String consentJson(Map<String, Long> consent, Locale locale) {
		List<String> labels = consent.keySet().stream().map(s -> messages.getMessage("ConsentStatus." + s, null, locale)).toList();
		return ChartJson.of(labels, List.of(new ChartJson.Dataset(messages.getMessage("segment.detail.members", null, locale),
				List.copyOf(consent.values()), consent.keySet().stream().map(CONSENT_COLOURS::get).toList())));
	}

	/** Members and contactable by email at each feature build; null before the first one. */
	private String historyJson(long segmentId, Locale locale) {
		List<SegmentSizeRepository.SegmentSize> history = sizes.history(segmentId);
		if (history.isEmpty()) {
			return null;
		}
		return ChartJson.of(history.stream().map(size -> DAY.format(size.asOf())).toList(), List.of(
				ChartJson.Dataset.of(messages.getMessage("segment.detail.members", null, locale),
						history.stream().map(size -> size.count().customers()).toList(), ChartJson.DARK),
				ChartJson.Dataset.of(messages.getMessage("segments.chart.email", null, locale),
						history.stream().map(size -> size.count().email()).toList(), "#2a9d8f")));
	}

	/** Everything the detail page shows; the numbers are null when the rule has a {@code problem}. */
	public record Detail(Segment segment, String sentence, String problem, SegmentCount count,
			List<ConsentShare> consent, String consentJson, String historyJson, Members members) {
	}

	/** Members of one consent status, with their share of the segment. */
	public record ConsentShare(String status, String label, long customers, String share) {
	}

	/** A page of members; {@code previousBefore}/{@code nextAfter} are the keysets of the links, or null. */
	public record Members(List<CustomerRow> rows, long total, Long previousBefore, Long nextAfter, boolean personal) {
	}

}
