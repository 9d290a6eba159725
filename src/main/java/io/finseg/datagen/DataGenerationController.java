package io.finseg.datagen;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/data")
class DataGenerationController {

	private final DataGenerationJobs generation;

	private final Clock clock;

	DataGenerationController(DataGenerationJobs generation, Clock clock) {
		this.generation = generation;
		this.clock = clock;
	}

	@ModelAttribute
	void latestGeneration(Model model) {
		generation.latest().ifPresent(job -> model.addAttribute("job", job));
	}

	@GetMapping
	String showGenerateForm(Model model) {
		model.addAttribute("form", new GenerateForm(10_000, ThreadLocalRandom.current().nextLong(1, 1_000_000),
				LocalDate.now(clock)));
		return "datagen/generate";
	}

	@PostMapping("/generate")
	String generate(@Valid @ModelAttribute("form") GenerateForm form, BindingResult binding, Principal principal,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "datagen/generate";
		}
		generation.start(form.toRequest(), principal.getName());
		redirect.addFlashAttribute("flashSuccess", "datagen.started");
		return "redirect:/admin/data";
	}

}
