package io.finseg.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;

/**
 * What an administrator does to other people's accounts. Nobody can change their own access
 * this way, and the last enabled administrator cannot be demoted or disabled, so FinSeg always
 * keeps someone who can manage it.
 */
@Service
class UserAdministration {

	static final String USER = "USER";

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ActiveSessions sessions;

	private final AuditLog auditLog;

	private final Clock clock;

	UserAdministration(AppUserRepository users, PasswordEncoder passwordEncoder, ActiveSessions sessions,
			AuditLog auditLog, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AppUser> all() {
		return users.findAllOrderByUsername();
	}

	@Transactional(readOnly = true)
	AppUser get(long id) {
		return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	boolean isLocked(AppUser user) {
		return user.isLockedAt(LocalDateTime.now(clock));
	}

	/** Creates the user and returns their initial password, which they must change at first sign-in. */
	@Transactional
	NewUser create(NewUserForm form) {
		if (users.findByUsername(form.username().trim()).isPresent()) {
			throw new UserAdministrationException("users.error.usernameTaken");
		}
		String password = RandomPasswords.next();
		AppUser user = users.save(AppUser.withInitialPassword(form.username().trim(), passwordEncoder.encode(password),
				form.accessLevel(), LocalDateTime.now(clock)));
		auditLog.record(AuditAction.USER_CREATED, USER, user.getId(), "level=" + form.accessLevel());
		return new NewUser(user, password);
	}

	@Transactional
	void changeAccessLevel(String actor, long id, AccessLevel level, int version) {
		AppUser user = get(id);
		refuseOwnAccount(actor, user);
		if (user.getAccessLevel() == level) {
			return;
		}
		if (level != AccessLevel.ADMIN) {
			refuseLastAdmin(user);
		}
		requireUpdated(users.updateAccessLevel(id, level.name(), version), id);
		auditLog.record(AuditAction.USER_ACCESS_LEVEL_CHANGED, USER, id, "from=" + user.getAccessLevel() + " to=" + level);
		sessions.endSessionsOf(id);
	}

	@Transactional
	void setEnabled(String actor, long id, boolean enabled, int version) {
		AppUser user = get(id);
		refuseOwnAccount(actor, user);
		if (!enabled) {
			refuseLastAdmin(user);
		}
		requireUpdated(users.updateEnabled(id, enabled, version), id);
		auditLog.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, USER, id, null);
		if (!enabled) {
			sessions.endSessionsOf(id);
		}
	}

	/** Gives the user a new initial password (returned), ends their sessions and lifts a lockout. */
	@Transactional
	String resetPassword(String actor, long id, int version) {
		AppUser user = get(id);
		refuseOwnAccount(actor, user);
		String password = RandomPasswords.next();
		requireUpdated(users.updatePassword(id, passwordEncoder.encode(password), true, version), id);
		auditLog.record(AuditAction.USER_PASSWORD_RESET, USER, id, null);
		sessions.endSessionsOf(id);
		return password;
	}

	@Transactional
	void unlock(long id, int version) {
		get(id);
		requireUpdated(users.unlock(id, version), id);
		auditLog.record(AuditAction.USER_UNLOCKED, USER, id, null);
	}

	private static void refuseOwnAccount(String actor, AppUser user) {
		if (user.getUsername().equalsIgnoreCase(actor)) {
			throw new UserAdministrationException("users.error.self");
		}
	}

	private void refuseLastAdmin(AppUser user) {
		if (user.getAccessLevel() == AccessLevel.ADMIN && user.isEnabled() && users.countEnabledAdmins() <= 1) {
			throw new UserAdministrationException("users.error.lastAdmin");
		}
	}

	private static void requireUpdated(int rows, long id) {
		if (rows == 0) {
			throw new OptimisticLockingFailureException("User " + id + " was changed by someone else");
		}
	}

	record NewUser(AppUser user, String initialPassword) {
	}

}
