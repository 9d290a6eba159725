package io.finseg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relative link in the README (its "Looking for something?" table above all) and in the
 * Markdown under docs/ and bench/ leads to a file or folder that exists, and a link named like a
 * class leads to that class's file.
 */
class ReadmeLinksTest {

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");

	private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z0-9]+");

	static Stream<String> documents() throws IOException {
		try (Stream<Path> docs = Files.walk(Path.of("docs")); Stream<Path> bench = Files.walk(Path.of("bench"))) {
			List<String> markdown = Stream.concat(docs, bench).filter(path -> path.toString().endsWith(".md"))
				.map(Path::toString).sorted().toList();
			return Stream.concat(Stream.of("README.md"), markdown.stream());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void everyRelativeLinkLeadsToAFileThatExists(String document) throws IOException {
		Path file = Path.of(document);
		List<String> broken = new ArrayList<>();
		List<Link> links = relativeLinks(file);
		for (Link link : links) {
			Path target = file.toAbsolutePath().getParent().resolve(link.target()).normalize();
			if (!Files.exists(target)) {
				broken.add(link + " leads nowhere");
			}
			else if (link.target().endsWith(".java") && CLASS_NAME.matcher(link.text()).matches()
					&& !target.getFileName().toString().equals(link.text() + ".java")) {
				broken.add(link + " is named after a class it does not lead to");
			}
		}
		assertThat(broken).as("links in %s", document).isEmpty();
	}

	@Test
	void theLookingForSomethingTableLinksEveryRow() throws IOException {
		String text = Files.readString(Path.of("README.md"));
		int start = text.indexOf("## Looking for something?");
		assertThat(start).as("the \"Looking for something?\" section").isNotNegative();
		int end = text.indexOf("\n## ", start + 1);
		List<String> unlinked = text.substring(start, end < 0 ? text.length() : end).lines()
			.filter(line -> line.startsWith("| ") && !line.startsWith("| concern"))
			.filter(line -> !LINK.matcher(line).find())
			.toList();
		assertThat(unlinked).as("rows of the table without a link").isEmpty();
	}

	record Link(String text, String target) {

		@Override
		public String toString() {
			return "[" + text + "](" + target + ")";
		}

	}

	static List<Link> relativeLinks(Path document) throws IOException {
		List<Link> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(Files.readString(document));
		while (matcher.find()) {
			String target = matcher.group(2);
			if (!target.matches("^[a-z]+:.*") && !target.startsWith("#")) {
				links.add(new Link(matcher.group(1), target.replaceFirst("#.*$", "")));
			}
		}
		return links;
	}

}
