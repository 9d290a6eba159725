package io.finseg.segment.pages;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import io.finseg.features.CustomerRows;
import io.finseg.segment.RuleException;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentService;

/** The segment list, a segment's detail page and why a member matches. */
@Controller
class SegmentsController {

	private final SegmentService service;

	private final SegmentListing listing;

	private final SegmentDetails details;

	private final SegmentWhy why;

	private final CustomerRows customerRows;

	SegmentsController(SegmentService service, SegmentListing listing, SegmentDetails details, SegmentWhy why,
			CustomerRows customerRows) {
		this.service = service;
		this.listing = listing;
		this.details = details;
		this.why = why;
		this.customerRows = customerRows;
	}

	@GetMapping("/segments")
	String list(Locale locale, Model model) {
		List<SegmentListing.Row> rows = listing.rows(locale);
		model.addAttribute("rows", rows);
		model.addAttribute("chartJson", listing.chartJson(rows, locale));
		model.addAttribute("chartHeight", Math.max(120, 40 + 32 * rows.size()));
		return "segment/list";
	}

	@GetMapping("/segments/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) Long after,
			@RequestParam(required = false) Long before, Authentication authentication, Locale locale, Model model) {
		model.addAttribute("detail", details.of(service.get(id), after, before, authentication, locale));
		return "segment/detail";
	}

	/** The lines of why; only the fragment for htmx, the whole page without JavaScript. */
	@GetMapping("/segments/{id}/members/{customerId}/why")
	String why(@PathVariable long id, @PathVariable long customerId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Locale locale, Model model) {
		Segment segment = service.get(id);
		if (customerRows.of(List.of(customerId), authentication).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer " + customerId);
		}
		model.addAttribute("segment", segment);
		try {
			model.addAttribute("why", why.of(segment, customerId, details.names(locale), locale));
		}
		catch (RuleException e) {
			model.addAttribute("problem", details.problem(e, locale));
		}
		return htmx != null ? "segment/why :: why" : "segment/why";
	}

}
