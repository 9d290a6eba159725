package io.finseg.admin;

import java.time.LocalDateTime;

/** A user as the admin pages show them; {@code lockedUntil} is set only while a lockout lasts. */
public record UserRow(long id, String username, AccessLevel accessLevel, boolean enabled, LocalDateTime lockedUntil,
		boolean mustChangePassword, LocalDateTime createdAt, int version) {

	public boolean locked() {
		return lockedUntil != null;
	}

}
