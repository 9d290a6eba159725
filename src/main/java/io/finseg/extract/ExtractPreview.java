package io.finseg.extract;

import java.util.ArrayList;
import java.util.List;

import io.finseg.attributes.AttributeValueLoader;
import io.finseg.importer.ImportProblem;
import io.finseg.importer.ImportProblems;
import io.finseg.importer.ImportTable;

/**
 * The first rows of an extract as they will be stored: the id, the name FinSeg keeps, then every
 * mapped column in the file's order, each value after its value map, with the problem the import
 * would report for it. Whether an id is unique and new needs the whole file: the import checks it.
 */
record ExtractPreview(List<Heading> headings, List<PreviewRow> rows, long problems) {

	/** A column of the preview: where it goes, and the file's column it comes from (null: none). */
	record Heading(String target, String source) {
	}

	record Cell(String value, ImportProblem problem) {
	}

	record PreviewRow(long line, List<Cell> cells) {
	}

	static ExtractPreview of(ExtractMapping mapping, MappedRows reader, ExtractFiles.Sample sample, String fileName,
			AttributeValueLoader attributes) {
		List<Heading> headings = new ArrayList<>();
		headings.add(new Heading(ExtractMapping.ID, reader.sourceOf(ExtractMapping.ID)));
		headings.add(new Heading(ExtractMapping.NAME, mapping.customerColumn(ExtractMapping.NAME).map(ColumnMapping::source)
			.orElse(null)));
		List<ColumnMapping> others = mapping.columns().stream().filter(c -> !c.ignored())
			.filter(c -> !c.target().equals(ColumnMapping.CUSTOMER + ExtractMapping.ID)
					&& !c.target().equals(ColumnMapping.CUSTOMER + ExtractMapping.NAME))
			.toList();
		others.forEach(c -> headings.add(new Heading(c.targetName(), c.source())));
		List<PreviewRow> rows = new ArrayList<>();
		long problems = 0;
		for (int r = 0; r < sample.rows().size(); r++) {
			long line = sample.lines().get(r);
			ImportProblems found = new ImportProblems();
			MappedRows.Row row = reader.read(line, sample.rows().get(r), found);
			List<Cell> cells = new ArrayList<>();
			cells.add(customerCell(ExtractMapping.ID, row.customer().getOrDefault(ExtractMapping.ID, ""), reader, fileName,
					line));
			cells.add(customerCell(ExtractMapping.NAME, row.name(), reader, fileName, line));
			for (ColumnMapping column : others) {
				ImportProblem problem = found.shown().stream().filter(p -> column.source().equals(p.column())).findFirst()
					.orElse(null);
				if (problem != null) {
					cells.add(new Cell(sample.rows().get(r).get(mapping.columns().indexOf(column)), problem));
				}
				else if (column.isCustomerColumn()) {
					cells.add(customerCell(column.targetName(), row.customer().get(column.targetName()), reader, fileName, line));
				}
				else {
					MappedRows.AttributeValue value = row.attributes().stream()
						.filter(v -> v.attribute().key().equals(column.targetName())).findFirst().orElseThrow();
					cells.add(new Cell(attributes.asStored(value.attribute(), value.text()), null));
				}
			}
			problems += cells.stream().filter(c -> c.problem() != null).count();
			rows.add(new PreviewRow(line, cells));
		}
		return new ExtractPreview(headings, rows, problems);
	}

	private static Cell customerCell(String column, String value, MappedRows reader, String fileName, long line) {
		return new Cell(value, ImportTable.CUSTOMER.check(column, value, fileName, line, reader.sourceOf(column))
			.orElse(null));
	}

}
