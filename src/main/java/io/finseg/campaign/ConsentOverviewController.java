package io.finseg.campaign;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.finseg.consent.ConsentStatus;

/** The consent overview: who may be contacted, overall and per segment, and whose record is stale. */
@Controller
class ConsentOverviewController {

	private final ConsentOverview overview;

	ConsentOverviewController(ConsentOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/consent")
	String overview(@RequestParam(defaultValue = "0") long after, Model model) {
		List<ConsentOverview.Breakdown> segments = overview.perSegment();
		List<ConsentOverview.Breakdown> rows = new ArrayList<>();
		rows.add(overview.all());
		rows.addAll(segments);
		model.addAttribute("rows", rows);
		model.addAttribute("segments", segments);
		ConsentOverview.StaleConsent stale = overview.stale(Math.max(0, after));
		model.addAttribute("stale", stale);
		model.addAttribute("next", stale.rows().size() == ConsentOverview.LIST_SIZE
				? stale.rows().get(stale.rows().size() - 1).customerId() : null);
		model.addAttribute("statuses", ConsentStatus.values());
		return "campaign/consent";
	}

}
