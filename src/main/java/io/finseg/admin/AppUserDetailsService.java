package io.finseg.admin;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	AppUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public SignedInUser loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
