package io.finseg.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (vendored under src/test/resources/axe, never served by the app) run in the page the
 * browser shows. Reports only what blocks or seriously hinders someone: impact serious or critical.
 */
public final class Axe {

	private static final String SOURCE = load();

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then(result => done(result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
			      nodes: v.nodes.slice(0, 6).map(n => n.target.join(' ') + ' — '
			        + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 220)) }))))
			  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
			""";

	private Axe() {
	}

	/** One rule the page breaks, with up to six of the elements that break it. */
	public record Violation(String rule, String impact, String help, List<String> nodes) {

		@Override
		public String toString() {
			return "[" + impact + "] " + rule + ": " + help + "\n      " + String.join("\n      ", nodes);
		}

	}

	@SuppressWarnings("unchecked")
	public static List<Violation> seriousViolations(Browser browser) {
		ChromeDriver driver = browser.driver();
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
			driver.executeScript(SOURCE);
		}
		List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript(RUN);
		return found.stream()
			.map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
					(List<String>) v.get("nodes")))
			.toList();
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
