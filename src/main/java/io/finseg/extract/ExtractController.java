package io.finseg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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

@Controller
@RequestMapping("/admin/extract")
class ExtractController {

	private final ExtractImport extracts;

	ExtractController(ExtractImport extracts) {
		this.extracts = extracts;
	}

	@ModelAttribute("savedMappings")
	List<SavedMapping> savedMappings() {
		return extracts.savedMappings();
	}

	@GetMapping
	String showUploadForm() {
		return "extract/upload";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "mapping", required = false) Long mapping, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "extract.upload.chooseFile");
			return "redirect:/admin/extract";
		}
		String token;
		try (InputStream in = file.getInputStream()) {
			token = extracts.upload(in, file.getOriginalFilename());
		}
		redirect.addAttribute("token", token);
		if (mapping != null) {
			redirect.addAttribute("mapping", mapping);
		}
		return "redirect:/admin/extract/{token}";
	}

	@GetMapping("/{token}")
	String showMapping(@PathVariable String token, @RequestParam(name = "mapping", required = false) Long mapping,
			Model model) {
		String name = mapping == null ? "" : extracts.savedMapping(mapping).name();
		return page(token, MappingForm.of(extracts.mappingFor(token, mapping), name), null, model);
	}

	@PostMapping("/{token}/preview")
	String preview(@PathVariable String token, MappingForm form, Model model, HttpServletResponse response) {
		try {
			ExtractPreview preview = extracts.preview(token, form.toMapping(extracts.sample(token).header()));
			return page(token, form, preview, model);
		}
		catch (MappingProblem problem) {
			return refused(token, form, problem, model, response);
		}
	}

	@PostMapping("/{token}/mappings")
	String save(@PathVariable String token, MappingForm form, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long id = extracts.save(form.name(), form.toMapping(extracts.sample(token).header()), principal.getName());
			redirect.addFlashAttribute("flashSuccess", "extract.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { form.name().strip() });
			redirect.addAttribute("token", token);
			redirect.addAttribute("mapping", id);
			return "redirect:/admin/extract/{token}";
		}
		catch (MappingProblem problem) {
			return refused(token, form, problem, model, response);
		}
	}

	@PostMapping("/{token}/import")
	String importFile(@PathVariable String token, MappingForm form, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			String fileName = extracts.fileName(token);
			long id = extracts.start(token, form.toMapping(extracts.sample(token).header()), principal.getName());
			redirect.addFlashAttribute("flashSuccess", "import.flash.received");
			redirect.addFlashAttribute("flashArgs", new Object[] { fileName });
			return "redirect:/admin/import/" + id;
		}
		catch (MappingProblem problem) {
			return refused(token, form, problem, model, response);
		}
	}

	private String refused(String token, MappingForm form, MappingProblem problem, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("mappingProblem", problem.messageKey());
		model.addAttribute("mappingProblemArgs", problem.args());
		return page(token, form, null, model);
	}

	private String page(String token, MappingForm form, ExtractPreview preview, Model model) {
		ExtractFiles.Sample sample = extracts.sample(token);
		model.addAttribute("token", token);
		model.addAttribute("fileName", extracts.fileName(token));
		model.addAttribute("sample", sample);
		model.addAttribute("targets", extracts.targets());
		model.addAttribute("form", form);
		model.addAttribute("preview", preview);
		return "extract/mapping";
	}

}
