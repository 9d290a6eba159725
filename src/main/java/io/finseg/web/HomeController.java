package io.finseg.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.finseg.customer.CustomerTableCounts;
import io.finseg.datagen.DataGenerationJobs;
import io.finseg.features.FeatureService;

@Controller
class HomeController {

	private final CustomerTableCounts tableCounts;

	private final FeatureService features;

	private final DataGenerationJobs generation;

	HomeController(CustomerTableCounts tableCounts, FeatureService features, DataGenerationJobs generation) {
		this.tableCounts = tableCounts;
		this.features = features;
		this.generation = generation;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("tableCounts", tableCounts.counts());
		model.addAttribute("features", features.current());
		model.addAttribute("generation", generation.running().orElse(null));
		model.addAttribute("rebuilding", features.running().orElse(null));
		return "web/home";
	}

}
