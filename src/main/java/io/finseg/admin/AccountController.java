package io.finseg.admin;

import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
@RequestMapping(PasswordChangeRequiredFilter.PASSWORD_PAGE)
class AccountController {

	private final AccountService accounts;

	private final SignedInUserRefresher refresher;

	AccountController(AccountService accounts, SignedInUserRefresher refresher) {
		this.accounts = accounts;
		this.refresher = refresher;
	}

	@GetMapping
	String showPasswordForm(Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return "admin/password";
	}

	@PostMapping
	String changePassword(Principal principal, @Valid @ModelAttribute("form") PasswordChangeForm form,
			BindingResult binding, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "admin/password";
		}
		Optional<AccountService.FieldProblem> problem = accounts.changePassword(principal.getName(), form);
		if (problem.isPresent()) {
			binding.rejectValue(problem.get().field(), problem.get().messageKey());
			return "admin/password";
		}
		refresher.refresh(principal.getName(), request, response);
		redirect.addFlashAttribute("flashSuccess", "flash.passwordChanged");
		return "redirect:/";
	}

}
