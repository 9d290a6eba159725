package io.finseg.admin;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final Clock clock;

	AppUserDetailsService(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public SignedInUser loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(user -> new SignedInUser(user, user.isLockedAt(LocalDateTime.now(clock))))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
