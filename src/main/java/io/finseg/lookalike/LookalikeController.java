package io.finseg.lookalike;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.finseg.campaign.Campaign;
import io.finseg.campaign.CampaignService;
import io.finseg.jobs.Jobs;
import io.finseg.outcomes.Outcome;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.RuleSentence;

/** A campaign's look-alike models: the list and the training form, one model's findings, saving its leaves. */
@Controller
@RequestMapping("/campaigns/{id}/lookalikes")
class LookalikeController {

	/** The seed of every split asked for from the page: the same campaign and outcomes give the same model. */
	static final long PAGE_SEED = 42;

	private final CampaignService campaigns;

	private final LookalikeService lookalikes;

	private final LookalikeSegments lookalikeSegments;

	private final Jobs jobs;

	private final RuleSentence sentences;

	private final AttributeCatalogue catalogue;

	private final MessageSource messages;

	LookalikeController(CampaignService campaigns, LookalikeService lookalikes, LookalikeSegments lookalikeSegments,
			Jobs jobs, RuleSentence sentences, AttributeCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
		this.campaigns = campaigns;
		this.lookalikes = lookalikes;
		this.lookalikeSegments = lookalikeSegments;
		this.jobs = jobs;
		this.sentences = sentences;
	}

	@GetMapping
	String list(@PathVariable long id, Model model) {
		Campaign campaign = campaigns.get(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("models", lookalikes.ofCampaign(id));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("protectedByDefault", !lookalikes.excludesProtectedByDefault(campaign));
		return "lookalike/list";
	}

	@PostMapping
	String train(@PathVariable long id, @ModelAttribute TrainForm form, Authentication user, RedirectAttributes redirect) {
		try {
			long modelId = lookalikes.start(id, form.chosenOutcome(), form.includeProtected() != null && form.includeProtected(),
					PAGE_SEED, user.getName());
			redirect.addFlashAttribute("flashSuccess", "lookalike.flash.started");
			return "redirect:/campaigns/" + id + "/lookalikes/" + modelId;
		}
		catch (LookalikeException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
			return "redirect:/campaigns/" + id + "/lookalikes";
		}
	}

	@GetMapping("/{model}")
	String show(@PathVariable long id, @PathVariable("model") long modelId, Model model, Locale locale,
			Authentication user) {
		LookalikeModel found = lookalikes.get(id, modelId);
		model.addAttribute("campaign", campaigns.get(id));
		model.addAttribute("model", found);
		model.addAttribute("cancelUrl", mayTrain(user) ? cancelUrl(id, modelId) : null);
		if (found.jobId() != null) {
			model.addAttribute("job", jobs.get(found.jobId()));
		}
		if (found.completed()) {
			Map<Integer, String> rules = new LinkedHashMap<>();
			found.leaves().forEach(leaf -> rules.put(leaf.number(),
					leaf.steps().isEmpty() ? "" : sentences.of(leaf.rule(), segment -> "", locale)));
			model.addAttribute("rules", rules);
			model.addAttribute("chosenLeaves", found.likeTheConverters().stream().map(ModelFindings.Leaf::number).toList());
			model.addAttribute("chart", LiftChart.json(found.deciles()));
			model.addAttribute("driverLabels", found.drivers().stream().map(driver -> driverLabel(driver, locale)).toList());
			model.addAttribute("defaultPercent", found.scores().topTenthThreshold());
		}
		return "lookalike/model";
	}

	/** "Income", or "Life stage: Family" for one choice of a list. */
	private String driverLabel(ModelFindings.Driver driver, Locale locale) {
		String attribute = messages.getMessage("feature." + driver.attribute(), null, driver.attribute(), locale);
		if (driver.choice() == null) {
			return attribute;
		}
		String key = catalogue.find(driver.attribute()).map(a -> a.valueLabelKey(driver.choice())).orElse(driver.choice());
		return attribute + ": " + messages.getMessage(key, null, driver.choice(), locale);
	}

	@GetMapping("/{model}/progress")
	String progress(@PathVariable long id, @PathVariable("model") long modelId, Model model,
			HttpServletResponse response, Authentication user) {
		LookalikeModel found = lookalikes.get(id, modelId);
		if (found.jobId() == null) {
			throw new LookalikeNotFoundException(modelId);
		}
		var job = jobs.get(found.jobId());
		if (!job.isActive()) {
			// the findings are drawn by the full page: htmx reloads it once the job has ended
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", job);
		model.addAttribute("pollUrl", "/campaigns/" + id + "/lookalikes/" + modelId + "/progress");
		model.addAttribute("cancelUrl", mayTrain(user) ? cancelUrl(id, modelId) : null);
		return "jobs/progress :: progressOf";
	}

	@PostMapping("/{model}/cancel")
	String cancel(@PathVariable long id, @PathVariable("model") long modelId, RedirectAttributes redirect) {
		boolean requested = lookalikes.cancel(id, modelId);
		redirect.addFlashAttribute(requested ? "flashSuccess" : "flashError",
				requested ? "flash.jobCancelRequested" : "flash.jobAlreadyEnded");
		return "redirect:" + modelUrl(id, modelId);
	}

	private static String modelUrl(long campaignId, long modelId) {
		return "/campaigns/" + campaignId + "/lookalikes/" + modelId;
	}

	private static String cancelUrl(long campaignId, long modelId) {
		return modelUrl(campaignId, modelId) + "/cancel";
	}

	/** Who may train, save and cancel (the pages are read by analysts too). */
	private static boolean mayTrain(Authentication user) {
		return user.getAuthorities().stream()
			.anyMatch(granted -> granted.getAuthority().equals("ROLE_ADMIN") || granted.getAuthority().equals("ROLE_MARKETER"));
	}

	@PostMapping("/{model}/segment")
	String saveSegment(@PathVariable long id, @PathVariable("model") long modelId, @ModelAttribute LeavesForm form,
			Authentication user, RedirectAttributes redirect) {
		return saved(id, modelId, redirect, () -> lookalikeSegments.save(id, modelId, form.versionRead(),
				form.leafNumbers(), form.name(), null, user.getName()), "lookalike.flash.saved", form.shownName());
	}

	@PostMapping("/{model}/score-segment")
	String saveScoreSegment(@PathVariable long id, @PathVariable("model") long modelId, @ModelAttribute ScoreForm form,
			Authentication user, RedirectAttributes redirect) {
		return saved(id, modelId, redirect, () -> lookalikeSegments.saveScoredAtLeast(id, modelId, form.versionRead(),
				form.threshold(), form.name(), user.getName()), "lookalike.flash.savedScore", form.shownName(), form.percent());
	}

	/** Saves, then opens the new segment; a refusal or a stale form goes back to the model with its reason. */
	private static String saved(long id, long modelId, RedirectAttributes redirect, LongSupplier save, String savedKey,
			Object... savedArgs) {
		try {
			long segmentId = save.getAsLong();
			redirect.addFlashAttribute("flashSuccess", savedKey);
			redirect.addFlashAttribute("flashArgs", savedArgs);
			return "redirect:/segments/" + segmentId;
		}
		catch (LookalikeException refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flashError", "lookalike.problem.changed");
		}
		return "redirect:" + modelUrl(id, modelId);
	}

	/** The training form: the outcome to learn (Converted unless chosen), and whether protected attributes go in. */
	record TrainForm(String outcome, Boolean includeProtected) {

		Outcome chosenOutcome() {
			if (outcome == null || outcome.isBlank()) {
				return Outcome.CONVERTED;
			}
			return java.util.Arrays.stream(Outcome.values()).filter(known -> known.name().equals(outcome.strip())).findFirst()
				.orElseThrow(() -> new LookalikeException("lookalike.problem.outcome"));
		}

	}

	/** The chosen leaves of the rules form; a missing version never matches the model's. */
	record LeavesForm(Integer version, List<Integer> leaves, String name) {

		int versionRead() {
			return version == null ? -1 : version;
		}

		Set<Integer> leafNumbers() {
			return leaves == null ? Set.of() : Set.copyOf(leaves);
		}

		String shownName() {
			return name == null ? "" : name.strip();
		}

	}

	/** The threshold form: a whole percentage offered on the page. */
	record ScoreForm(Integer version, String percent, String name) {

		int versionRead() {
			return version == null ? -1 : version;
		}

		int threshold() {
			try {
				return Integer.parseInt(percent == null ? "" : percent.strip());
			}
			catch (NumberFormatException notANumber) {
				throw new LookalikeException("lookalike.problem.threshold");
			}
		}

		String shownName() {
			return name == null ? "" : name.strip();
		}

	}

}
