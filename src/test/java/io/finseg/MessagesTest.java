package io.finseg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.finseg.admin.AccessLevel;
import io.finseg.audit.AuditAction;
import io.finseg.consent.Channel;
import io.finseg.consent.ConsentStatus;
import io.finseg.importer.ImportStatus;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.customer.CustomerTable;

/** Every text a page shows comes from messages.properties: no key may be missing there. */
class MessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

	@Test
	void hasEveryKeyTheTemplatesUse() throws IOException {
		assertThat(keysIn(TEMPLATES, TEMPLATE_KEY, ".html")).isSubsetOf(messages().stringPropertyNames());
	}

	@Test
	void hasEveryKeyTheCodeUses() throws IOException {
		Properties messages = messages();
		Set<String> namespaces = new TreeSet<>();
		messages.stringPropertyNames().forEach(key -> namespaces.add(key.substring(0, Math.max(0, key.indexOf('.')))));
		Set<String> keys = keysIn(JAVA, JAVA_LITERAL, ".java");
		keys.removeIf(key -> !namespaces.contains(key.substring(0, key.indexOf('.'))));
		assertThat(keys).isNotEmpty().isSubsetOf(messages.stringPropertyNames());
	}

	@Test
	void labelsEveryValueShownByName() throws IOException {
		Properties messages = messages();
		for (CustomerTable table : CustomerTable.values()) {
			assertThat(messages).containsKey("CustomerTable." + table.name());
		}
		for (AccessLevel level : AccessLevel.values()) {
			assertThat(messages).containsKey("accessLevel." + level.role());
		}
		for (AuditAction action : AuditAction.values()) {
			assertThat(messages).containsKey("AuditAction." + action.name());
		}
		for (ImportStatus status : ImportStatus.values()) {
			assertThat(messages).containsKey("ImportStatus." + status.name());
		}
		for (ConsentStatus status : ConsentStatus.values()) {
			assertThat(messages).containsKey("ConsentStatus." + status.name());
		}
		for (Channel channel : Channel.values()) {
			assertThat(messages).containsKey("Channel." + channel.name());
		}
		for (io.finseg.consent.Suppression reason : io.finseg.consent.Suppression.values()) {
			assertThat(messages).containsKey("Suppression." + reason.name());
		}
		for (io.finseg.campaign.ExportField field : io.finseg.campaign.ExportField.values()) {
			assertThat(messages).containsKey("ExportField." + field.name()).containsKey("ExportField.channels." + field.name());
		}
		for (io.finseg.campaign.CampaignStatus status : io.finseg.campaign.CampaignStatus.values()) {
			assertThat(messages).containsKey("CampaignStatus." + status.name());
		}
		for (Purpose purpose : Purpose.values()) {
			assertThat(messages).containsKey("Purpose." + purpose.name());
		}
		for (Operator operator : Operator.values()) {
			assertThat(messages).containsKey("segment.sentence." + operator.name());
		}
	}

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> keysIn(Path root, Pattern pattern, String suffix) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

}
