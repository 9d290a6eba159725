package io.finseg.admin;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who may sign in to FinSeg. Changes go through {@link AppUserRepository#save} and are
 * guarded by {@code version}: two admins editing the same user cannot silently overwrite each
 * other.
 */
@Table("app_user")
public class AppUser {

	@Id
	private Long id;

	private String username;

	private String passwordHash;

	private AccessLevel accessLevel;

	private boolean enabled;

	private int failedLogins;

	private LocalDateTime lockedUntil;

	private boolean mustChangePassword;

	private LocalDateTime createdAt;

	@Version
	private Integer version;

	protected AppUser() {
	}

	private AppUser(String username, String passwordHash, AccessLevel accessLevel, LocalDateTime createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.accessLevel = accessLevel;
		this.enabled = true;
		this.mustChangePassword = true;
		this.createdAt = createdAt;
	}

	/** A new, enabled user who must choose their own password at first sign-in. */
	public static AppUser withInitialPassword(String username, String passwordHash, AccessLevel level,
			LocalDateTime createdAt) {
		return new AppUser(username, passwordHash, level, createdAt);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public AccessLevel getAccessLevel() {
		return accessLevel;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedLogins() {
		return failedLogins;
	}

	public LocalDateTime getLockedUntil() {
		return lockedUntil;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public boolean isLockedAt(LocalDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public LocalDateTime getCreatedAt() {
		return createdAt;
	}

	public Integer getVersion() {
		return version;
	}

}
