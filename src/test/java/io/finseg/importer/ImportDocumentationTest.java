package io.finseg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docs/import.md names exactly the columns the importer reads, table by table, in order. */
class ImportDocumentationTest {

	@Test
	void documentsEveryColumnOfEveryImportFile() throws IOException {
		String doc = Files.readString(Path.of("docs", "import.md"));
		for (ImportTable table : ImportTable.values()) {
			int start = doc.indexOf("### `" + table.fileName() + "`");
			assertThat(start).as("section of %s", table.fileName()).isPositive();
			int end = doc.indexOf("###", start + 3);
			String section = doc.substring(start, end < 0 ? doc.length() : end);
			List<String> documented = new ArrayList<>();
			Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\|").matcher(section);
			while (row.find()) {
				documented.add(row.group(1));
			}
			assertThat(documented).as("columns of %s", table.fileName())
				.containsExactlyElementsOf(table.columns().stream().map(ImportColumn::name).toList());
		}
	}

}
