package io.finseg.outcomes;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.finseg.campaign.Campaign;
import io.finseg.campaign.CampaignService;
import io.finseg.segment.SegmentService;

/** A campaign's results page, the outcomes upload, and the admin's consent decision on unsubscribes. */
@Controller
@RequestMapping("/campaigns/{id}/outcomes")
class OutcomesController {

	private final CampaignService campaigns;

	private final OutcomeService outcomes;

	private final CampaignResults results;

	private final SegmentService segments;

	private final MessageSource messages;

	OutcomesController(CampaignService campaigns, OutcomeService outcomes, CampaignResults results,
			SegmentService segments, MessageSource messages) {
		this.campaigns = campaigns;
		this.outcomes = outcomes;
		this.results = results;
		this.segments = segments;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable long id, @ModelAttribute("choice") ResultsChoice choice, Model model, Locale locale) {
		return page(id, choice.chosenOutcome(), choice.breakdown(), null, model, locale);
	}

	@PostMapping
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Authentication user,
			Model model, Locale locale, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "outcomes.problem.noFile");
			return "redirect:/campaigns/" + id + "/outcomes";
		}
		OutcomeService.UploadResult result;
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			result = outcomes.upload(id, file.getOriginalFilename(), reader, user.getName());
		}
		catch (OutcomeException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
			return "redirect:/campaigns/" + id + "/outcomes";
		}
		if (!result.accepted()) {
			return page(id, Outcome.CONVERTED, Breakdown.NONE, result, model, locale);
		}
		redirect.addFlashAttribute("flashSuccess", "outcomes.flash.recorded");
		redirect.addFlashAttribute("flashArgs", new Object[] { LiftFormat.count(result.rows()),
				LiftFormat.count(result.newRows()), LiftFormat.count(result.rows() - result.newRows()) });
		return "redirect:/campaigns/" + id + "/outcomes";
	}

	@PostMapping("/uploads/{upload}/withdraw-consent")
	String withdrawConsent(@PathVariable long id, @PathVariable long upload, Authentication user,
			RedirectAttributes redirect) {
		try {
			int withdrawn = outcomes.withdrawConsent(id, upload, user.getName());
			redirect.addFlashAttribute("flashSuccess", "outcomes.flash.consentWithdrawn");
			redirect.addFlashAttribute("flashArgs", new Object[] { LiftFormat.count(withdrawn) });
		}
		catch (OutcomeException | OptimisticLockingFailureException done) {
			redirect.addFlashAttribute("flashError", "outcomes.problem.nothingToWithdraw");
		}
		return "redirect:/campaigns/" + id + "/outcomes";
	}

	private String page(long id, Outcome outcome, Breakdown breakdown, OutcomeService.UploadResult refused, Model model,
			Locale locale) {
		Campaign campaign = campaigns.get(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("chosen", outcome);
		model.addAttribute("refused", refused);
		model.addAttribute("attributes", results.breakdownAttributes());
		model.addAttribute("segmentChoices", segments.choices());
		if (campaign.isFrozen()) {
			CampaignResults.Results figures = results.results(id, outcome, breakdown);
			model.addAttribute("results", figures);
			model.addAttribute("sentence", LiftSentence.of(figures.overall(), outcome, messages, locale));
			model.addAttribute("chart", ResultsChart.json(figures, messages, locale));
			model.addAttribute("counts", outcomes.counts(id));
			model.addAttribute("uploads", outcomes.uploads(id));
		}
		else {
			model.addAttribute("uploads", List.of());
		}
		model.addAttribute("fmt", new ResultsFormat());
		return "outcomes/results";
	}

}
