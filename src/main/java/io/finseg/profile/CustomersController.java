package io.finseg.profile;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.finseg.customer.PersonalDetails;

@Controller
class CustomersController {

	private final CustomerList list;

	private final CustomerProfiles profiles;

	CustomersController(CustomerList list, CustomerProfiles profiles) {
		this.list = list;
		this.profiles = profiles;
	}

	@GetMapping("/customers")
	String list(@ModelAttribute("query") CustomerQuery query, Authentication authentication, Model model) {
		boolean personal = PersonalDetails.visibleTo(authentication);
		model.addAttribute("page", list.page(query, personal));
		model.addAttribute("personal", personal);
		model.addAttribute("shown", query.cleaned(personal));
		return "profile/list";
	}

	@GetMapping("/customers/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "0") int activityPage, Authentication authentication,
			Model model) {
		boolean personal = PersonalDetails.visibleTo(authentication);
		model.addAttribute("profile", profiles.load(id, personal, Math.max(0, activityPage)));
		model.addAttribute("personal", personal);
		return personal ? "profile/detail" : "profile/summary";
	}

}
