package io.finseg.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one import file row by row, strictly: UTF-8 (with or without a byte-order mark), comma
 * separated, a header row naming the table's columns in any order. Problems with the file itself
 * (encoding, header, a quote never closed) are reported and end the reading of that file.
 */
public final class ImportFileReader {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	/** Receives each row: its line number (the header is line 1) and its values in column order. */
	interface RowHandler {

		void row(long line, String[] values);

	}

	private ImportFileReader() {
	}

	static void read(ImportTable table, Path file, String fileName, ImportProblems problems, RowHandler handler) {
		int[][] positions = new int[1][];
		readRecords(file, fileName, problems, new RecordHandler() {
			@Override
			public boolean header(List<String> names) {
				positions[0] = headerPositions(table, names, fileName, problems);
				return positions[0] != null;
			}

			@Override
			public void row(long line, CSVRecord record) {
				String[] values = new String[positions[0].length];
				for (int i = 0; i < values.length; i++) {
					values[i] = positions[0][i] < 0 ? null : record.get(positions[0][i]);
				}
				handler.row(line, values);
			}
		});
	}

	/** Receives a CSV file's header, then each of its rows with as many values as the header has columns. */
	public interface RecordHandler {

		/** @return false when the header is not usable: the rows are then not read */
		boolean header(List<String> names);

		/** @param line the row's line number, the header being line 1 */
		void row(long line, CSVRecord record);

	}

	/**
	 * Reads any CSV file with a header row as the extract's files are read: UTF-8 only (a byte-order
	 * mark allowed), empty lines skipped, a row with a wrong number of values, an empty or
	 * unreadable file reported as problems.
	 */
	public static void readRecords(Path file, String fileName, ImportProblems problems, RecordHandler handler) {
		try (Reader reader = strictUtf8(file); CSVParser parser = FORMAT.parse(reader)) {
			List<String> header = parser.getHeaderNames();
			if (header.isEmpty()) {
				problems.add(ImportProblem.inFile(fileName, "import.file.empty"));
				return;
			}
			if (!handler.header(header)) {
				return;
			}
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				if (record.size() != header.size()) {
					problems.add(ImportProblem.at(fileName, line, null, "import.row.valueCount", record.size(), header.size()));
					continue;
				}
				handler.row(line, record);
			}
		}
		catch (UncheckedIOException e) {
			problems.add(fileProblem(fileName, e.getCause()));
		}
		catch (IOException e) {
			problems.add(fileProblem(fileName, e));
		}
		catch (IllegalArgumentException e) {
			// Commons CSV refuses a header that names a column twice.
			problems.add(ImportProblem.inFile(fileName, "import.header.duplicateColumn"));
		}
		catch (IllegalStateException e) {
			problems.add(ImportProblem.inFile(fileName, "import.file.unreadable"));
		}
	}

	private static ImportProblem fileProblem(String fileName, Throwable cause) {
		if (cause instanceof CharacterCodingException) {
			return ImportProblem.inFile(fileName, "import.file.notUtf8");
		}
		return ImportProblem.inFile(fileName, "import.file.unreadable");
	}

	/** Where each column of the table is in the file, or null when the header is not usable. */
	private static int[] headerPositions(ImportTable table, List<String> header, String fileName, ImportProblems problems) {
		Map<String, Integer> positionByName = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			positionByName.put(header.get(i).trim(), i);
		}
		boolean usable = true;
		Set<String> known = new TreeSet<>();
		int[] positions = new int[table.columns().size()];
		for (int i = 0; i < positions.length; i++) {
			ImportColumn column = table.columns().get(i);
			known.add(column.name());
			positions[i] = positionByName.getOrDefault(column.name(), -1);
			if (positions[i] < 0 && column.mandatory()) {
				problems.add(ImportProblem.at(fileName, 1, column.name(), "import.header.missingColumn"));
				usable = false;
			}
		}
		for (String name : positionByName.keySet()) {
			if (!known.contains(name)) {
				problems.add(ImportProblem.at(fileName, 1, name, "import.header.unknownColumn", String.join(", ", known)));
				usable = false;
			}
		}
		return usable ? positions : null;
	}

	private static Reader strictUtf8(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		in.mark(3);
		byte[] start = in.readNBytes(3);
		boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
		if (!bom) {
			in.reset();
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

}
