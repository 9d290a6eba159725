package io.finseg.segment.builder;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import io.finseg.segment.Segment;
import io.finseg.segment.SegmentService;

/**
 * The segment builder: a form for name, purpose and the rule tree, with a live panel that counts
 * while the marketer types (htmx posts the form to {@code /segments/preview}). Without JavaScript
 * every button posts the whole form and the page comes back recounted.
 */
@Controller
@RequestMapping("/segments")
class SegmentBuilderController {

	private static final String VIEW = "segment/builder";

	private final SegmentService segments;

	private final SegmentPreview previews;

	private final SegmentSaving saving;

	private final BuilderModel builderModel;

	SegmentBuilderController(SegmentService segments, SegmentPreview previews, SegmentSaving saving,
			BuilderModel builderModel) {
		this.segments = segments;
		this.previews = previews;
		this.saving = saving;
		this.builderModel = builderModel;
	}

	@GetMapping("/new")
	String newSegment(Model model, Authentication viewer, Locale locale) {
		return page(BuilderForm.blank(), null, model, viewer, locale);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model, Authentication viewer, Locale locale) {
		return page(BuilderForm.of(segments.get(id)), id, model, viewer, locale);
	}

	/** A new segment that starts as a copy of a saved one. */
	@GetMapping("/{id}/copy")
	String copy(@PathVariable long id, Model model, Authentication viewer, Locale locale) {
		BuilderForm form = BuilderForm.of(segments.get(id));
		form.setName(builderModel.copyName(form.getName(), locale));
		form.setVersion(null);
		return page(form, null, model, viewer, locale);
	}

	@PostMapping("/new")
	String create(@RequestParam MultiValueMap<String, String> fields, Model model, Authentication viewer, Locale locale,
			RedirectAttributes redirect) {
		BuilderForm form = builderModel.read(fields);
		if (isSave(fields)) {
			SegmentSaving.Outcome outcome = saving.create(form, viewer, locale);
			if (outcome.saved()) {
				return redirectToDetail(outcome, form, redirect);
			}
			model.addAttribute("nameProblem", outcome.nameProblem());
			return page(form, null, outcome.preview(), model);
		}
		return page(form, null, model, viewer, locale);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields, Model model,
			Authentication viewer, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Segment saved = segments.get(id);
		BuilderForm form = builderModel.read(fields);
		if (!isSave(fields)) {
			return page(form, id, model, viewer, locale);
		}
		boolean asCopy = "saveCopy".equals(fields.getFirst("action"));
		try {
			SegmentSaving.Outcome outcome = asCopy ? saving.create(form, viewer, locale)
					: saving.update(id, form, viewer, locale);
			if (outcome.saved()) {
				return redirectToDetail(outcome, form, redirect);
			}
			model.addAttribute("nameProblem", outcome.nameProblem());
			return page(form, asCopy ? null : id, outcome.preview(), model);
		}
		catch (OptimisticLockingFailureException conflict) {
			// Someone saved in between: show their change and keep this person's rule in the form.
			Segment theirs = segments.get(id);
			form.setVersion(theirs.version());
			model.addAttribute("conflict", builderModel.conflict(theirs, locale));
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(form, saved.id(), model, viewer, locale);
		}
	}

	/** The live panel alone for htmx, or the whole page recounted for a plain post. */
	@PostMapping("/preview")
	String preview(@RequestParam MultiValueMap<String, String> fields,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Authentication viewer,
			Locale locale) {
		BuilderForm form = builderModel.read(fields);
		Long segmentId = BuilderForm.parseInteger(fields.getFirst("segmentId")) == null ? null
				: BuilderForm.parseInteger(fields.getFirst("segmentId")).longValue();
		if (htmx == null) {
			return page(form, segmentId, model, viewer, locale);
		}
		SegmentPreview.Preview preview = previews.of(form, segmentId, viewer, locale, false);
		model.addAttribute("form", form);
		model.addAttribute("preview", preview);
		model.addAttribute("problemSlots", problemSlots(form, preview));
		return VIEW + " :: livePreview";
	}

	private String page(BuilderForm form, Long segmentId, Model model, Authentication viewer, Locale locale) {
		return page(form, segmentId, previews.of(form, segmentId, viewer, locale, false), model);
	}

	private String page(BuilderForm form, Long segmentId, SegmentPreview.Preview preview, Model model) {
		builderModel.fill(model, form, segmentId, preview);
		model.addAttribute("problemSlots", problemSlots(form, preview));
		return VIEW;
	}

	/** Every row's problem (or nothing), so that a preview clears the ones that are fixed. */
	private static Map<String, String> problemSlots(BuilderForm form, SegmentPreview.Preview preview) {
		Map<String, String> slots = new LinkedHashMap<>();
		form.nodes().forEach(node -> slots.put(node.getPath(), preview.problems().getOrDefault(node.getPath(), "")));
		return slots;
	}

	private static boolean isSave(MultiValueMap<String, String> fields) {
		String action = fields.getFirst("action");
		return "save".equals(action) || "saveCopy".equals(action);
	}

	private static String redirectToDetail(SegmentSaving.Outcome outcome, BuilderForm form, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", "segment.flash.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { form.getName(), outcome.preview().count().customers() });
		return "redirect:/segments/" + outcome.id();
	}

}
