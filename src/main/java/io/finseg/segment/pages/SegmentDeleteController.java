package io.finseg.segment.pages;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentService;
import io.finseg.segment.SegmentSizeRepository;
import io.finseg.segment.SegmentUsage;
import io.finseg.segment.SegmentUse;

/**
 * Deleting a segment: a confirmation that says what goes with it, refused while another segment
 * or anything reported by a {@link SegmentUsage} depends on it.
 */
@Controller
class SegmentDeleteController {

	private final SegmentService service;

	private final SegmentDependents dependents;

	private final SegmentSizeRepository sizes;

	private final AuditLog audit;

	SegmentDeleteController(SegmentService service, SegmentDependents dependents, SegmentSizeRepository sizes, AuditLog audit) {
		this.service = service;
		this.dependents = dependents;
		this.sizes = sizes;
		this.audit = audit;
	}

	@GetMapping("/segments/{id}/delete")
	String confirm(@PathVariable long id, Locale locale, Model model) {
		return page(service.get(id), dependents.of(id, locale), model);
	}

	@PostMapping("/segments/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int version, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Segment segment = service.get(id);
		List<SegmentUse> uses = dependents.of(id, locale);
		if (!uses.isEmpty()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(segment, uses, model);
		}
		service.delete(id, version);
		audit.record(AuditAction.SEGMENT_DELETED, "SEGMENT", id, "name=" + segment.name());
		redirect.addFlashAttribute("flashSuccess", "segment.deleted");
		redirect.addFlashAttribute("flashArgs", new Object[] { segment.name() });
		return "redirect:/segments";
	}

	private String page(Segment segment, List<SegmentUse> uses, Model model) {
		model.addAttribute("segment", segment);
		model.addAttribute("uses", uses);
		model.addAttribute("recordedSizes", sizes.history(segment.id()).size());
		return "segment/delete";
	}

}
