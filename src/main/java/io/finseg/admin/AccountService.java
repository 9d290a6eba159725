package io.finseg.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;

/** A signed-in person's own account: choosing a new password. */
@Service
class AccountService {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final InitialAdminSetup initialAdmin;

	private final AuditLog auditLog;

	AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			InitialAdminSetup initialAdmin, AuditLog auditLog) {
		this.auditLog = auditLog;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.initialAdmin = initialAdmin;
	}

	/**
	 * Changes the password of the signed-in user, or returns the field and message key of the
	 * reason it cannot.
	 */
	@Transactional
	public Optional<FieldProblem> changePassword(String username, PasswordChangeForm form) {
		AppUser user = users.findByUsername(username).orElseThrow();
		if (!passwordEncoder.matches(form.currentPassword(), user.getPasswordHash())) {
			return Optional.of(new FieldProblem("currentPassword", "password.currentWrong"));
		}
		if (!form.newPassword().equals(form.confirmPassword())) {
			return Optional.of(new FieldProblem("confirmPassword", "password.confirmMismatch"));
		}
		if (form.newPassword().equals(form.currentPassword())) {
			return Optional.of(new FieldProblem("newPassword", "password.unchanged"));
		}
		Optional<String> violation = policy.violation(user.getUsername(), form.newPassword());
		if (violation.isPresent()) {
			return Optional.of(new FieldProblem("newPassword", violation.get()));
		}
		if (users.updatePassword(user.getId(), passwordEncoder.encode(form.newPassword()), false, user.getVersion()) == 0) {
			throw new OptimisticLockingFailureException("User " + user.getId() + " changed meanwhile");
		}
		auditLog.record(AuditAction.PASSWORD_CHANGED, "USER", user.getId(), null);
		if (InitialAdminSetup.USERNAME.equals(user.getUsername())) {
			try {
				initialAdmin.forgetInitialPassword();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return Optional.empty();
	}

	record FieldProblem(String field, String messageKey) {
	}

}
