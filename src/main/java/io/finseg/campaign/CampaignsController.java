package io.finseg.campaign;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.finseg.consent.Channel;
import io.finseg.consent.Suppression;
import io.finseg.segment.Purpose;
import io.finseg.segment.SegmentService;
import jakarta.servlet.http.HttpServletRequest;

/** Campaign list, the new-campaign form, a campaign's page with freeze, and its CSV export. */
@Controller
@RequestMapping("/campaigns")
class CampaignsController {

	private final CampaignService campaigns;

	private final CampaignExporter exporter;

	private final SegmentService segments;

	private final MessageSource messages;

	CampaignsController(CampaignService campaigns, CampaignExporter exporter, SegmentService segments,
			MessageSource messages) {
		this.campaigns = campaigns;
		this.exporter = exporter;
		this.segments = segments;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("campaigns", campaigns.all());
		return "campaign/list";
	}

	@GetMapping("/new")
	String showCreateForm(@RequestParam(required = false) Long segment, Model model) {
		CampaignForm blank = CampaignForm.blank();
		Purpose purpose = segment == null ? blank.purpose() : segments.get(segment).purpose();
		model.addAttribute("form", NewCampaignForm.of(new CampaignForm("", segment, blank.channel(), purpose, blank.fields(),
				blank.holdoutPercent())));
		return form(model);
	}

	@PostMapping
	String create(@ModelAttribute("form") NewCampaignForm form, BindingResult binding, Authentication by, Model model,
			RedirectAttributes redirect) {
		CampaignForm parameters = form.toParameters();
		try {
			long id = campaigns.create(parameters, by.getName());
			redirect.addFlashAttribute("flashSuccess", "campaign.flash.created");
			redirect.addFlashAttribute("flashArgs", new Object[] { parameters.name() });
			return "redirect:/campaigns/" + id;
		}
		catch (CampaignException problem) {
			Object[] args = problem.args().stream().map(CampaignsController::resolvable).toArray();
			String field = form.fieldOf(problem);
			if (field == null) {
				binding.reject(problem.messageKey(), args, null);
			}
			else {
				binding.rejectValue(field, problem.messageKey(), args, null);
			}
			return form(model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		Campaign campaign = campaigns.get(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("segment", segments.get(campaign.segmentId()));
		if (campaign.isFrozen()) {
			model.addAttribute("audience", campaigns.audience(id));
		}
		else {
			model.addAttribute("currentSize", segments.count(segments.get(campaign.segmentId()).rule(), campaign.segmentId()));
		}
		model.addAttribute("exports", campaigns.exports(id));
		model.addAttribute("fairLending", campaigns.fairLending(campaign, locale));
		model.addAttribute("reasons", Suppression.values());
		return "campaign/detail";
	}

	@PostMapping("/{id}/freeze")
	String freeze(@PathVariable long id, @RequestParam int version, Authentication by, RedirectAttributes redirect) {
		try {
			long members = campaigns.freeze(id, version, by.getName());
			redirect.addFlashAttribute("flashSuccess", "campaign.flash.frozen");
			redirect.addFlashAttribute("flashArgs", new Object[] { members });
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("flashError", "campaign.problem.frozenMeanwhile");
		}
		catch (CampaignException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/campaigns/" + id;
	}

	/** Four eyes: an admin other than the creator approves a flagged credit offer, giving a reason. */
	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			Authentication by, RedirectAttributes redirect) {
		try {
			campaigns.approve(id, version, by.getName(), reason);
			redirect.addFlashAttribute("flashSuccess", "campaign.flash.approved");
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("flashError", "campaign.problem.frozenMeanwhile");
		}
		catch (CampaignException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/campaigns/" + id;
	}

	@GetMapping("/{id}/export.csv")
	ResponseEntity<StreamingResponseBody> export(@PathVariable long id, Authentication by, HttpServletRequest request,
			Locale locale) {
		Campaign campaign;
		try {
			campaign = exporter.exportable(id);
		}
		catch (CampaignException refused) {
			byte[] reason = text(refused, locale).getBytes(java.nio.charset.StandardCharsets.UTF_8);
			return ResponseEntity.status(409).contentType(MediaType.TEXT_PLAIN).body(out -> out.write(reason));
		}
		String user = by.getName();
		String client = request.getRemoteAddr();
		StreamingResponseBody body = out -> exporter.write(campaign, out, user, client);
		String file = "campaign-" + id + "-" + campaign.channel().name().toLowerCase(Locale.ROOT) + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	private String form(Model model) {
		model.addAttribute("segmentChoices", segments.choices());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("exportFields", ExportField.values());
		return "campaign/new";
	}

	private String text(CampaignException problem, Locale locale) {
		Object[] args = problem.args().stream().map(CampaignsController::resolvable).toArray();
		return messages.getMessage(problem.messageKey(), args, locale);
	}

	/** A message key among a problem's arguments (a field's or channel's name) is shown in words. */
	private static Object resolvable(Object arg) {
		return arg instanceof String key && key.contains(".") ? new DefaultMessageSourceResolvable(new String[] { key }, key) : arg;
	}

}
