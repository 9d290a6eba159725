package io.finseg.admin;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UsersController {

	private final UserAdministration administration;

	UsersController(UserAdministration administration) {
		this.administration = administration;
	}

	@ModelAttribute("accessLevels")
	AccessLevel[] accessLevels() {
		return AccessLevel.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", administration.all().stream().map(this::row).toList());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", NewUserForm.empty());
		return "admin/users/form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "admin/users/form";
		}
		try {
			UserAdministration.NewUser created = administration.create(form);
			redirect.addFlashAttribute("flashSuccess", "users.created");
			redirect.addFlashAttribute("flashArgs", new Object[] { created.user().getUsername() });
			redirect.addFlashAttribute("initialPassword", created.initialPassword());
			return "redirect:/admin/users/" + created.user().getId();
		}
		catch (UserAdministrationException e) {
			binding.rejectValue("username", e.messageKey());
			return "admin/users/form";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Principal principal, Model model) {
		UserRow user = row(administration.get(id));
		model.addAttribute("user", user);
		model.addAttribute("self", user.username().equalsIgnoreCase(principal.getName()));
		return "admin/users/detail";
	}

	@PostMapping("/{id}/access-level")
	String changeAccessLevel(@PathVariable long id, @RequestParam AccessLevel accessLevel, @RequestParam int version,
			Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, "users.levelChanged",
				() -> administration.changeAccessLevel(principal.getName(), id, accessLevel, version));
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam int version,
			Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, enabled ? "users.enabled" : "users.disabled",
				() -> administration.setEnabled(principal.getName(), id, enabled, version));
	}

	@PostMapping("/{id}/password-reset")
	String resetPassword(@PathVariable long id, @RequestParam int version, Principal principal,
			RedirectAttributes redirect) {
		return act(id, redirect, "users.passwordReset", () -> redirect.addFlashAttribute("initialPassword",
				administration.resetPassword(principal.getName(), id, version)));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "users.unlocked", () -> administration.unlock(id, version));
	}

	private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (UserAdministrationException e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	private UserRow row(AppUser user) {
		return new UserRow(user.getId(), user.getUsername(), user.getAccessLevel(), user.isEnabled(),
				administration.isLocked(user) ? user.getLockedUntil() : null, user.isMustChangePassword(),
				user.getCreatedAt(), user.getVersion());
	}

}
