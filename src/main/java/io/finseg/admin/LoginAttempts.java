package io.finseg.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;

/**
 * Counts failed sign-ins and locks an account for a while after too many; records every
 * sign-in and failure in the audit log.
 */
@Component
class LoginAttempts {

	private final AppUserRepository users;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginAttempts(AppUserRepository users, AuditLog auditLog, Clock clock,
			@Value("${finseg.login.max-failures:5}") int maxFailures,
			@Value("${finseg.login.lock-duration:15m}") Duration lockDuration) {
		this.users = users;
		this.auditLog = auditLog;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		users.clearFailedLogins(username);
		auditLog.recordAs(username, addressOf(event.getAuthentication()), AuditAction.LOGIN, "USER",
				idOf(username), null);
	}

	@EventListener
	@Transactional
	void on(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		String address = addressOf(event.getAuthentication());
		String reason = event.getException().getClass().getSimpleName();
		auditLog.recordAs(username, address, AuditAction.LOGIN_FAILED, null, null, "reason=" + reason);
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			countFailure(username, address);
		}
	}

	private void countFailure(String username, String address) {
		if (users.countFailedLogin(username) == 0) {
			return;
		}
		AppUser user = users.findByUsername(username).orElseThrow();
		if (user.getFailedLogins() >= maxFailures) {
			LocalDateTime until = LocalDateTime.now(clock).plus(lockDuration);
			users.lockUntil(username, until);
			auditLog.recordAs(username, address, AuditAction.LOCKOUT, "USER", user.getId(),
					"failures=" + user.getFailedLogins() + " minutes=" + lockDuration.toMinutes());
		}
	}

	private Long idOf(String username) {
		return users.findByUsername(username).map(AppUser::getId).orElse(null);
	}

	private static String addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
