package io.finseg.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.finseg.jobs.Jobs;

@Controller
@RequestMapping("/admin/import")
class ImportController {

	private final ImportService imports;

	private final Jobs jobs;

	ImportController(ImportService imports, Jobs jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	@GetMapping
	String showUploadForm(Model model) {
		model.addAttribute("tables", ImportTable.values());
		model.addAttribute("imports", imports.recent(10));
		return "importer/upload";
	}

	@PostMapping
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal,
			RedirectAttributes redirect) throws IOException {
		if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
			redirect.addFlashAttribute("flashError", "import.upload.chooseFiles");
			return "redirect:/admin/import";
		}
		long id = imports.upload(files, principal.getName());
		redirect.addFlashAttribute("flashSuccess", "import.flash.received");
		redirect.addFlashAttribute("flashArgs", new Object[] { imports.get(id).fileNames() });
		return "redirect:/admin/import/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		DataImport dataImport = imports.get(id);
		model.addAttribute("dataImport", dataImport);
		model.addAttribute("problems", imports.problems(id));
		if (dataImport.jobId() != null) {
			jobs.find(dataImport.jobId()).ifPresent(job -> model.addAttribute("job", job));
		}
		return "importer/detail";
	}

	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		DataImport dataImport = imports.get(id);
		model.addAttribute("job", jobs.get(dataImport.jobId()));
		model.addAttribute("pollUrl", "/admin/import/" + id + "/progress");
		model.addAttribute("cancelUrl", "/admin/jobs/" + dataImport.jobId() + "/cancel");
		return "jobs/progress :: progressOf";
	}

	@GetMapping("/templates/{table}.csv")
	ResponseEntity<String> template(@PathVariable String table) {
		ImportTable importTable = ImportTable.forFileName(table + ".csv")
			.orElseThrow(() -> new ImportNotFoundException(-1));
		String header = String.join(",", importTable.columns().stream().map(ImportColumn::name).toList()) + "\r\n";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + importTable.fileName() + "\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(header);
	}

}
