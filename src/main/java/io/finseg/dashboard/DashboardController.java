package io.finseg.dashboard;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.finseg.datagen.DataGenerationJobs;
import io.finseg.features.FeatureService;

/** The home page: the dashboard, and the progress of data generation or a feature rebuild while one runs. */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final FeatureService features;

	private final DataGenerationJobs generation;

	DashboardController(Dashboard dashboard, FeatureService features, DataGenerationJobs generation) {
		this.dashboard = dashboard;
		this.features = features;
		this.generation = generation;
	}

	@GetMapping("/")
	String home(Authentication user, Locale locale, Model model) {
		boolean administrator = user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		model.addAttribute("dashboard", dashboard.view(locale, administrator));
		model.addAttribute("generation", generation.running().orElse(null));
		model.addAttribute("rebuilding", features.running().orElse(null));
		return "dashboard/home";
	}

}
