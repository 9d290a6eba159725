package io.finseg.attributes;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue of custom attributes: everyone who builds or reads segments sees it; only
 * administrators (everything under /admin) declare, change and delete.
 */
@Controller
class AttributesController {

	private final AttributeDefinitions definitions;

	AttributesController(AttributeDefinitions definitions) {
		this.definitions = definitions;
	}

	@ModelAttribute("kinds")
	AttributeKind[] kinds() {
		return AttributeKind.values();
	}

	@GetMapping("/attributes")
	String list(Model model) {
		model.addAttribute("definitions", definitions.all());
		return "attributes/list";
	}

	@GetMapping("/admin/attributes/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", AttributeForm.empty());
		model.addAttribute("editing", false);
		return "attributes/form";
	}

	@PostMapping("/admin/attributes")
	String create(@Valid @ModelAttribute("form") AttributeForm form, BindingResult binding, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("editing", false);
		if (binding.hasErrors()) {
			return refused(response);
		}
		try {
			definitions.declare(form, principal.getName());
		}
		catch (FormProblem problem) {
			binding.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
			return refused(response);
		}
		redirect.addFlashAttribute("flashSuccess", "attributes.declared");
		redirect.addFlashAttribute("flashArgs", new Object[] { form.label() });
		return "redirect:/attributes";
	}

	@GetMapping("/admin/attributes/{key}/edit")
	String showEditForm(@PathVariable String key, Model model) {
		model.addAttribute("form", AttributeForm.of(definitions.get(key)));
		model.addAttribute("editing", true);
		return "attributes/form";
	}

	@PostMapping("/admin/attributes/{key}/edit")
	String update(@PathVariable String key, @Valid @ModelAttribute("form") AttributeForm typed, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		definitions.get(key);
		// The key is fixed: the form carries it only so that it validates and shows.
		AttributeForm form = typed.withKey(key);
		model.addAttribute("editing", true);
		if (binding.hasErrors()) {
			return refused(response);
		}
		try {
			definitions.update(key, form);
		}
		catch (FormProblem problem) {
			binding.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
			return refused(response);
		}
		catch (OptimisticLockingFailureException conflict) {
			binding.reject("attributes.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return "attributes/form";
		}
		redirect.addFlashAttribute("flashSuccess", "attributes.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { form.label() });
		return "redirect:/attributes";
	}

	@PostMapping("/admin/attributes/{key}/delete")
	String delete(@PathVariable String key, RedirectAttributes redirect) {
		AttributeDefinition definition = definitions.get(key);
		try {
			definitions.delete(key);
			redirect.addFlashAttribute("flashSuccess", "attributes.deleted");
			redirect.addFlashAttribute("flashArgs", new Object[] { definition.label() });
		}
		catch (AttributeInUseException inUse) {
			redirect.addFlashAttribute("flashError", "attributes.inUse");
			redirect.addFlashAttribute("flashArgs",
					new Object[] { definition.label(), String.join(", ", inUse.segments()) });
		}
		return "redirect:/attributes";
	}

	private static String refused(HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "attributes/form";
	}

}
