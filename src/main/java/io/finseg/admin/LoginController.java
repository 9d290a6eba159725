package io.finseg.admin;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final long idleMinutes;

	LoginController(@Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
		this.idleMinutes = idleTimeout.toMinutes();
	}

	@GetMapping("/login")
	String showLoginForm(Model model) {
		model.addAttribute("idleMinutes", idleMinutes);
		return "admin/login";
	}

}
