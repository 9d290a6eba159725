package io.finseg.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.finseg.customer.CustomerTableCounts;

@Controller
class HomeController {

	private final CustomerTableCounts tableCounts;

	HomeController(CustomerTableCounts tableCounts) {
		this.tableCounts = tableCounts;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("tableCounts", tableCounts.counts());
		return "web/home";
	}

}
