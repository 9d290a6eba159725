package io.finseg.features;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FeaturesController {

	private final FeatureService features;

	FeaturesController(FeatureService features) {
		this.features = features;
	}

	@PostMapping("/admin/features/rebuild")
	String rebuild(Principal principal, RedirectAttributes redirect) {
		long job = features.startRebuild(principal.getName());
		redirect.addFlashAttribute("flashSuccess", "features.rebuildStarted");
		return "redirect:/admin/jobs/" + job;
	}

}
