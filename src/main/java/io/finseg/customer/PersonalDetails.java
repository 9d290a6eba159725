package io.finseg.customer;

import org.springframework.security.core.Authentication;

/** Who may see customers' personal details: marketers and admins, never analysts (DESIGN.md §6). */
public final class PersonalDetails {

	private PersonalDetails() {
	}

	public static boolean visibleTo(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_MARKETER") || a.getAuthority().equals("ROLE_ADMIN"));
	}

}
