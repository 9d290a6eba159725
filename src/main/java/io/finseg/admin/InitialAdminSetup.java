package io.finseg.admin;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the user {@code admin} at the very first start, when nobody may sign in yet. Its
 * password is {@code FINSEG_ADMIN_PASSWORD} when set, otherwise random: shown once on the
 * console (never through the log) and written to an owner-only file that is deleted when the
 * admin chooses their own password.
 */
@Component
class InitialAdminSetup implements ApplicationRunner {

	static final String USERNAME = "admin";

	static final String PASSWORD_FILE = "initial-admin-password";

	private static final Logger log = LoggerFactory.getLogger(InitialAdminSetup.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Path passwordFile;

	private final String configuredPassword;

	private final Clock clock;

	InitialAdminSetup(AppUserRepository users, PasswordEncoder passwordEncoder,
			@Value("${finseg.data-dir}") Path dataDir,
			@Value("${finseg.initial-admin-password:}") String configuredPassword, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordFile = dataDir.resolve(PASSWORD_FILE);
		this.configuredPassword = configuredPassword;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (users.count() > 0) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? RandomPasswords.next() : configuredPassword;
		try {
			users.save(AppUser.withInitialPassword(USERNAME, passwordEncoder.encode(password), AccessLevel.ADMIN,
					LocalDateTime.now(clock)));
		}
		catch (DuplicateKeyException raceWithAnotherInstance) {
			return;
		}
		if (generated) {
			writePasswordFile(password);
			printBanner(password);
		}
		else {
			log.info("Created user '{}' with the password from FINSEG_ADMIN_PASSWORD", USERNAME);
		}
	}

	/** Called when the admin has chosen their own password: the generated one is void now. */
	void forgetInitialPassword() throws IOException {
		Files.deleteIfExists(passwordFile);
	}

	private void writePasswordFile(String password) throws IOException {
		Files.createDirectories(passwordFile.getParent());
		Files.deleteIfExists(passwordFile);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(passwordFile,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(passwordFile);
		}
		Files.writeString(passwordFile, password + System.lineSeparator());
	}

	private void printBanner(String password) {
		String rule = "=".repeat(72);
		// Deliberately the console and not the log: log files are kept and shipped, this is not.
		System.out.println();
		System.out.println(rule);
		System.out.println("  FinSeg first start: sign in at http://localhost:8080 as");
		System.out.println();
		System.out.println("      user:     " + USERNAME);
		System.out.println("      password: " + password);
		System.out.println();
		System.out.println("  You will be asked to choose your own password at first sign-in.");
		System.out.println("  The password is also in " + passwordFile.toAbsolutePath().normalize());
		System.out.println("  (readable by you only) until then. It is not shown again.");
		System.out.println(rule);
		System.out.println();
	}

}
