package io.finseg.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a whole upload before anything is written: every value of every line, ids unique in the
 * upload and new to FinSeg, and every reference pointing at a row of the upload or of FinSeg.
 */
@Component
class ImportValidator {

	private final JdbcClient jdbc;

	ImportValidator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param files       the upload's files by table, in any order
	 * @param rowsChecked told how many rows have been checked so far, for progress
	 */
	ValidationResult validate(Map<ImportTable, Path> files, LongConsumer rowsChecked) {
		ImportProblems problems = new ImportProblems();
		Map<ImportTable, IdSet> uploadedIds = new EnumMap<>(ImportTable.class);
		Map<ImportTable, Long> rows = new EnumMap<>(ImportTable.class);
		long[] checked = { 0 };
		for (ImportTable table : ImportTable.values()) {
			Path file = files.get(table);
			if (file == null) {
				continue;
			}
			IdSet ids = new IdSet();
			uploadedIds.put(table, ids);
			TableCheck check = new TableCheck(table, table.fileName(), problems, uploadedIds, ids);
			ImportFileReader.read(table, file, table.fileName(), problems, (line, values) -> {
				check.row(line, values);
				if (++checked[0] % 10_000 == 0) {
					rowsChecked.accept(checked[0]);
				}
			});
			check.finish();
			rows.put(table, (long) ids.size());
		}
		rowsChecked.accept(checked[0]);
		return new ValidationResult(problems, rows);
	}

	/** The checks of one file, with the batched database look-ups they need. */
	private final class TableCheck {

		private final ImportTable table;

		private final String fileName;

		private final ImportProblems problems;

		private final Map<ImportTable, IdSet> uploadedIds;

		private final IdSet ids;

		private final DatabaseLookup existingIds;

		private final List<ReferenceCheck> references = new ArrayList<>();

		private final IdSet consentCustomers = new IdSet();

		private final DatabaseLookup existingConsent;

		TableCheck(ImportTable table, String fileName, ImportProblems problems, Map<ImportTable, IdSet> uploadedIds,
				IdSet ids) {
			this.table = table;
			this.fileName = fileName;
			this.problems = problems;
			this.uploadedIds = uploadedIds;
			this.ids = ids;
			this.existingIds = new DatabaseLookup(jdbc, table.tableName(), table.idColumn(), false,
					(id, line) -> problems.add(ImportProblem.at(fileName, line, table.idColumn(), "import.id.exists", id)));
			this.existingConsent = table == ImportTable.COMPLIANCE ? new DatabaseLookup(jdbc, "compliance", "customer_id",
					false, (id, line) -> problems.add(ImportProblem.at(fileName, line, "customer_id",
							"import.compliance.exists", id))) : null;
			List<ImportColumn> columns = table.columns();
			for (int i = 0; i < columns.size(); i++) {
				ImportColumn column = columns.get(i);
				if (column.references() != null) {
					ImportTable target = ImportTable.forTableName(column.references());
					references.add(new ReferenceCheck(i, column, target, new DatabaseLookup(jdbc, target.tableName(),
							target.idColumn(), true, (id, line) -> problems.add(ImportProblem.at(fileName, line,
									column.name(), "import.reference.missing", id, target.tableName())))));
				}
			}
		}

		void row(long line, String[] values) {
			Object[] parsed = new Object[values.length];
			boolean readable = true;
			for (int i = 0; i < values.length; i++) {
				ImportColumn column = table.columns().get(i);
				try {
					parsed[i] = column.read(values[i]);
				}
				catch (ValueProblem problem) {
					problems.add(ImportProblem.at(fileName, line, column.name(), problem.messageKey(), problem.args()));
					readable = false;
				}
			}
			// The id counts even when another value of the line is wrong, so that the lines of other
			// files that refer to it are not reported as well: one mistake, one problem.
			if (parsed[0] != null) {
				checkId(line, ((Number) parsed[0]).longValue());
			}
			for (ReferenceCheck reference : references) {
				if (parsed[reference.position()] != null) {
					checkReference(line, reference, ((Number) parsed[reference.position()]).longValue());
				}
			}
			if (readable) {
				checkTableRules(line, parsed);
			}
		}

		private void checkId(long line, long id) {
			if (!ids.add(id)) {
				problems.add(ImportProblem.at(fileName, line, table.idColumn(), "import.id.duplicate", id));
			}
			else {
				existingIds.check(id, line);
			}
		}

		private void checkReference(long line, ReferenceCheck reference, long target) {
			IdSet uploaded = uploadedIds.get(reference.target());
			if (uploaded == null || !uploaded.contains(target)) {
				reference.lookup().check(target, line);
			}
		}

		private void checkTableRules(long line, Object[] parsed) {
			if (table == ImportTable.RELATIONSHIPS && parsed[1].equals(parsed[2])) {
				problems.add(ImportProblem.at(fileName, line, "customer2_id", "import.relationship.self"));
			}
			if (table == ImportTable.COMPLIANCE) {
				long customer = ((Number) parsed[1]).longValue();
				if (!consentCustomers.add(customer)) {
					problems.add(ImportProblem.at(fileName, line, "customer_id", "import.compliance.duplicate", customer));
				}
				else {
					existingConsent.check(customer, line);
				}
			}
		}

		void finish() {
			existingIds.flush();
			references.forEach(reference -> reference.lookup().flush());
			if (existingConsent != null) {
				existingConsent.flush();
			}
		}

	}

	private record ReferenceCheck(int position, ImportColumn column, ImportTable target, DatabaseLookup lookup) {
	}

}
