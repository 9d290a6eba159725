package io.finseg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.finseg.attributes.AttributeDefinition;
import io.finseg.attributes.AttributeValueLoader;
import io.finseg.importer.ImportConversion;
import io.finseg.importer.ImportFileReader;
import io.finseg.importer.ImportProblem;
import io.finseg.importer.ImportProblems;
import io.finseg.importer.ImportTable;

/**
 * Turns an extract into the {@code customer.csv} of an ordinary import (the mapped customer
 * columns, value maps applied, line for line, so the import's problems keep the file's line
 * numbers) and writes its custom attribute values once the customers are in.
 */
final class ExtractConversion implements ImportConversion {

	private final Path source;

	private final String fileName;

	private final ExtractMapping mapping;

	private final Map<String, AttributeDefinition> declared;

	private final AttributeValueLoader attributes;

	private final Runnable onFinished;

	private MappedRows rows;

	/** The file's line of each converted row, so that the import's problems name the file's lines. */
	private long[] sourceLines = new long[1024];

	private int converted;

	ExtractConversion(Path source, String fileName, ExtractMapping mapping, Map<String, AttributeDefinition> declared,
			AttributeValueLoader attributes, Runnable onFinished) {
		this.source = source;
		this.fileName = fileName;
		this.mapping = mapping;
		this.declared = declared;
		this.attributes = attributes;
		this.onFinished = onFinished;
	}

	@Override
	public Map<ImportTable, Path> convert(Path folder, ImportProblems problems) {
		Path customers = folder.resolve(ImportTable.CUSTOMER.fileName());
		List<String> columns = new ArrayList<>();
		for (String column : ImportTable.CUSTOMER.columnNames()) {
			if (column.equals(ExtractMapping.NAME) || mapping.customerColumn(column).isPresent()) {
				columns.add(column);
			}
		}
		try (Writer writer = Files.newBufferedWriter(customers, StandardCharsets.UTF_8);
				CSVPrinter printer = CSVFormat.DEFAULT.print(writer)) {
			printer.printRecord(columns);
			read(problems, (line, row) -> {
				remember(line);
				List<String> values = new ArrayList<>(columns.size());
				for (String column : columns) {
					values.add(column.equals(ExtractMapping.NAME) ? row.name() : row.customer().getOrDefault(column, ""));
				}
				try {
					printer.printRecord(values);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.of(ImportTable.CUSTOMER, customers);
	}

	@Override
	public ImportProblem asInTheUpload(ImportProblem problem) {
		if (!ImportTable.CUSTOMER.fileName().equals(problem.fileName())) {
			return problem;
		}
		String column = problem.column() == null || rows == null ? problem.column() : rows.sourceOf(problem.column());
		return new ImportProblem(fileName, sourceLine(problem.line()), column, problem.messageKey(), problem.args());
	}

	private void remember(long line) {
		if (converted == sourceLines.length) {
			sourceLines = Arrays.copyOf(sourceLines, converted * 2);
		}
		sourceLines[converted++] = line;
	}

	/** Line 1 is the header in both files; the converted file's line n + 2 is its n-th row. */
	private long sourceLine(long convertedLine) {
		long row = convertedLine - 2;
		return row >= 0 && row < converted ? sourceLines[(int) row] : convertedLine;
	}

	/** The custom values of the customers the import has just written: every one of them is new. */
	@Override
	public long writeRest() {
		return attributes.writeForNewCustomers(values -> read(new ImportProblems(), (line, row) -> {
			long customerId = Long.parseLong(row.customer().get(ExtractMapping.ID));
			row.attributes().forEach(value -> values.add(customerId, value.attribute(), value.text()));
		}));
	}

	@Override
	public void finished() {
		onFinished.run();
	}

	private void read(ImportProblems problems, BiConsumer<Long, MappedRows.Row> handler) {
		ImportFileReader.readRecords(source, fileName, problems, new ImportFileReader.RecordHandler() {
			@Override
			public boolean header(List<String> names) {
				rows = new MappedRows(mapping.appliedTo(names.stream().map(String::strip).toList()), declared, attributes,
						fileName);
				return true;
			}

			@Override
			public void row(long line, CSVRecord record) {
				handler.accept(line, rows.read(line, record.toList(), problems));
			}
		});
	}

}
