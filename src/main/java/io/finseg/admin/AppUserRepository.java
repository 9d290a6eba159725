package io.finseg.admin;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AppUserRepository extends Repository<AppUser, Long> {

	AppUser save(AppUser user);

	Optional<AppUser> findById(Long id);

	Optional<AppUser> findByUsername(String username);

	long count();

}
