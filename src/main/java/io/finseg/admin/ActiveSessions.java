package io.finseg.admin;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends a user's open sessions, so a change of their access takes effect at their next click. */
@Component
class ActiveSessions {

	private final SessionRegistry registry;

	ActiveSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	int endSessionsOf(long userId) {
		int ended = 0;
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof SignedInUser user && user.id() == userId) {
				for (SessionInformation session : registry.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		return ended;
	}

}
