package io.finseg.attributes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import io.finseg.attributes.AttributeKind.StoredValue;
import io.finseg.importer.ImportFileReader;
import io.finseg.importer.ImportProblem;
import io.finseg.importer.ValueProblem;
import io.finseg.importer.ImportProblems;

/**
 * Reads {@code customer_attributes.csv} in either form: long ({@code customer_id,key,value}, one
 * value a line) or wide ({@code customer_id} and one column per declared key). Every value is
 * read as its attribute's type; what does not fit is a problem at its line and column.
 */
final class AttributeValuesFile {

	static final String CUSTOMER_ID = "customer_id";

	private static final List<String> LONG_HEADER = List.of(CUSTOMER_ID, "key", "value");

	/** Receives each value read; a blank value is {@link StoredValue#NONE} (the value is removed). */
	interface ValueHandler {

		void value(long line, long customerId, AttributeDefinition attribute, StoredValue value);

	}

	private AttributeValuesFile() {
	}

	/** @param declared the declared attributes by key */
	static void read(Path file, String fileName, Map<String, AttributeDefinition> declared, ImportProblems problems,
			ValueHandler handler) {
		ImportFileReader.readRecords(file, fileName, problems, new ImportFileReader.RecordHandler() {

			private List<AttributeDefinition> columns;

			private boolean longForm;

			@Override
			public boolean header(List<String> names) {
				List<String> lowered = names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
				longForm = lowered.equals(LONG_HEADER);
				if (longForm) {
					return true;
				}
				if (!lowered.get(0).equals(CUSTOMER_ID)) {
					problems.add(ImportProblem.at(fileName, 1, names.get(0), "attributes.import.firstColumn"));
					return false;
				}
				columns = new ArrayList<>();
				for (String key : lowered.subList(1, lowered.size())) {
					AttributeDefinition attribute = declared.get(key);
					if (attribute == null) {
						problems.add(ImportProblem.at(fileName, 1, key, "attributes.import.unknownKey", known(declared)));
					}
					columns.add(attribute);
				}
				return !columns.contains(null);
			}

			@Override
			public void row(long line, CSVRecord record) {
				Long customerId = customerId(record.get(0), fileName, line, problems);
				if (longForm) {
					String key = record.get(1).strip().toLowerCase(Locale.ROOT);
					AttributeDefinition attribute = declared.get(key);
					if (attribute == null) {
						problems.add(ImportProblem.at(fileName, line, "key", "attributes.import.unknownKey", known(declared)));
						return;
					}
					value(line, customerId, attribute, record.get(2), "value");
					return;
				}
				for (int i = 0; i < columns.size(); i++) {
					value(line, customerId, columns.get(i), record.get(i + 1), columns.get(i).key());
				}
			}

			private void value(long line, Long customerId, AttributeDefinition attribute, String text, String column) {
				try {
					StoredValue value = attribute.kind().read(text, attribute.listValues());
					if (customerId != null) {
						handler.value(line, customerId, attribute, value);
					}
				}
				catch (ValueProblem bad) {
					problems.add(ImportProblem.at(fileName, line, column, bad.messageKey(), bad.args()));
				}
			}
		});
	}

	private static Long customerId(String text, String fileName, long line, ImportProblems problems) {
		try {
			long id = Long.parseLong(text.strip());
			if (id > 0 && id <= Integer.MAX_VALUE) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(ImportProblem.at(fileName, line, CUSTOMER_ID, "attributes.import.badCustomerId", text));
		return null;
	}

	private static String known(Map<String, AttributeDefinition> declared) {
		return declared.isEmpty() ? "–" : String.join(", ", declared.keySet());
	}

}
