package io.finseg.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.finseg.customer.CustomerTableCounts;
import io.finseg.features.FeatureService;

@Controller
class HomeController {

	private final CustomerTableCounts tableCounts;

	private final FeatureService features;

	HomeController(CustomerTableCounts tableCounts, FeatureService features) {
		this.tableCounts = tableCounts;
		this.features = features;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("tableCounts", tableCounts.counts());
		model.addAttribute("features", features.current());
		return "web/home";
	}

}
