package io.finseg.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Replaces the principal in the session after the person's own account changed. */
@Component
class SignedInUserRefresher {

	private final AppUserDetailsService userDetails;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	SignedInUserRefresher(AppUserDetailsService userDetails) {
		this.userDetails = userDetails;
	}

	void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
		SignedInUser user = userDetails.loadUserByUsername(username);
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
	}

}
