package io.finseg.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The life-stage SQL the tests run is the one docs/data.md gives analysts. */
class LifeStageDocumentTest {

	private static final String MARKER = "<!-- life-stage-sql:";

	@Test
	void testsRunTheLifeStageSqlThatDocsDataMdDocuments() throws IOException {
		String page = Files.readString(Path.of("docs", "data.md"));
		int marker = page.indexOf(MARKER);
		assertThat(marker).as("marker before the SQL block in docs/data.md").isNotNegative();
		int start = page.indexOf("```sql\n", marker) + "```sql\n".length();
		String documented = page.substring(start, page.indexOf("```", start));
		assertThat(normalise(documented)).isEqualTo(normalise(LifeStageRules.SQL));
	}

	private static String normalise(String sql) {
		return sql.trim().replaceAll("\\s+", " ");
	}

}
