package io.finseg.attributes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading customer_attributes.csv: a refused file shows its problems here, a good one goes to its job's page. */
@Controller
@RequestMapping("/admin/attributes/import")
class AttributeImportController {

	private final AttributeValuesImport imports;

	private final AttributeDefinitions definitions;

	private final Path uploads;

	AttributeImportController(AttributeValuesImport imports, AttributeDefinitions definitions,
			@Value("${finseg.data-dir}") Path dataDir) {
		this.imports = imports;
		this.definitions = definitions;
		this.uploads = dataDir.resolve("attribute-imports");
	}

	@ModelAttribute("keys")
	List<String> keys() {
		return definitions.all().stream().map(AttributeDefinition::key).toList();
	}

	@GetMapping
	String showUploadForm(Model model) {
		model.addAttribute("outcome", null);
		return "attributes/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "attributes.import.chooseFile");
			return "redirect:/admin/attributes/import";
		}
		Files.createDirectories(uploads);
		Path saved = uploads.resolve(UUID.randomUUID() + ".csv");
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, saved);
		}
		String name = file.getOriginalFilename() == null ? "customer_attributes.csv" : Path.of(file.getOriginalFilename()).getFileName().toString();
		AttributeValuesImport.Outcome outcome = imports.importFile(saved, name, principal.getName());
		if (!outcome.accepted()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("outcome", outcome);
			return "attributes/import";
		}
		redirect.addFlashAttribute("flashSuccess", "attributes.import.started");
		redirect.addFlashAttribute("flashArgs", new Object[] { name });
		return "redirect:/admin/jobs/" + outcome.jobId();
	}

}
