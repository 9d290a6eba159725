package io.finseg.admin;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Users are created with {@link #save}; later changes are targeted updates, so that sign-in
 * bookkeeping (failed attempts, lockout) and an administrator's edit never overwrite each other.
 * Edits by people check {@code version} and return 0 rows when someone else changed the user first.
 */
public interface AppUserRepository extends Repository<AppUser, Long> {

	AppUser save(AppUser user);

	Optional<AppUser> findById(Long id);

	Optional<AppUser> findByUsername(String username);

	@Query("SELECT * FROM app_user ORDER BY username")
	List<AppUser> findAllOrderByUsername();

	long count();

	@Query("SELECT COUNT(*) FROM app_user WHERE access_level = 'ADMIN' AND enabled = TRUE")
	long countEnabledAdmins();

	@Modifying
	@Query("UPDATE app_user SET access_level = :level, version = version + 1 WHERE id = :id AND version = :version")
	int updateAccessLevel(long id, String level, int version);

	@Modifying
	@Query("UPDATE app_user SET enabled = :enabled, version = version + 1 WHERE id = :id AND version = :version")
	int updateEnabled(long id, boolean enabled, int version);

	@Modifying
	@Query("""
			UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange, failed_logins = 0,
			locked_until = NULL, version = version + 1 WHERE id = :id AND version = :version""")
	int updatePassword(long id, String hash, boolean mustChange, int version);

	@Modifying
	@Query("UPDATE app_user SET failed_logins = 0, locked_until = NULL, version = version + 1 WHERE id = :id AND version = :version")
	int unlock(long id, int version);

	@Modifying
	@Query("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = :username")
	int countFailedLogin(String username);

	@Modifying
	@Query("UPDATE app_user SET locked_until = :until, failed_logins = 0 WHERE username = :username")
	int lockUntil(String username, LocalDateTime until);

	@Modifying
	@Query("UPDATE app_user SET failed_logins = 0 WHERE username = :username AND failed_logins > 0")
	int clearFailedLogins(String username);

}
