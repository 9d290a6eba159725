package io.finseg.admin;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session for a signed-in {@link AppUser}. The password hash is erased
 * once authentication is done.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private String passwordHash;

	private final AccessLevel accessLevel;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final boolean locked;

	SignedInUser(AppUser user, boolean locked) {
		this.id = user.getId();
		this.username = user.getUsername();
		this.passwordHash = user.getPasswordHash();
		this.accessLevel = user.getAccessLevel();
		this.enabled = user.isEnabled();
		this.mustChangePassword = user.isMustChangePassword();
		this.locked = locked;
	}

	public long id() {
		return id;
	}

	public AccessLevel accessLevel() {
		return accessLevel;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(accessLevel.role()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	/** One principal per user, whatever their state: the session registry finds sessions by it. */
	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "SignedInUser[id=" + id + "]";
	}

}
