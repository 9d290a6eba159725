package io.finseg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Nothing in FinSeg's code can change or remove an audit entry once written. */
class AppendOnlyAuditLogTest {

	private static final Pattern CHANGES_AUDIT_LOG = Pattern
		.compile("(UPDATE\\s+audit_log|DELETE\\s+FROM\\s+audit_log|TRUNCATE\\s+(TABLE\\s+)?audit_log|DROP\\s+TABLE\\s+audit_log)");

	@Test
	void theRepositoryOffersInsertsAndReadsOnly() {
		assertThat(Repository.class.isAssignableFrom(AuditRepository.class)).as("is a Spring Data repository").isFalse();
		assertThat(Arrays.stream(AuditRepository.class.getDeclaredMethods())
			.filter(method -> !Modifier.isPrivate(method.getModifiers()) && !method.isSynthetic())
			.map(Method::getName)).containsOnly("insert", "page", "count", "exists", "forEach");
	}

	@Test
	void theServiceOffersNoWayToChangeOrRemoveEntries() {
		assertThat(Arrays.stream(AuditLog.class.getMethods()).map(m -> m.getName().toLowerCase(Locale.ROOT)))
			.noneMatch(name -> name.startsWith("update") || name.startsWith("delete") || name.startsWith("remove")
					|| name.startsWith("save") || name.startsWith("clear"));
	}

	@Test
	void noCodeOrChangelogUpdatesOrDeletesAuditEntries() throws IOException {
		for (Path root : new Path[] { Path.of("src/main"), Path.of("db-changelog") }) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					assertThat(CHANGES_AUDIT_LOG.matcher(Files.readString(file).replaceAll("\\s+", " ")).find())
						.as("%s changes audit_log", file)
						.isFalse();
				}
			}
		}
	}

}
