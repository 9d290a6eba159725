package io.finseg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.finseg.importer.ImportFileReader;
import io.finseg.importer.ImportProblems;

/**
 * Uploaded extracts, kept under the data folder until they are imported: each under a random
 * token (the only name a URL may give; checked, so no path leaves the folder) with the name it
 * was uploaded as.
 */
@Component
class ExtractFiles {

	static final Duration KEPT = Duration.ofDays(2);

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Path folder;

	private final Clock clock;

	ExtractFiles(@Value("${finseg.data-dir}") Path dataDir, Clock clock) {
		this.folder = dataDir.resolve("extracts");
		this.clock = clock;
	}

	/** The first rows of an extract as read: its header, up to {@code rows} rows of values and their lines. */
	record Sample(List<String> header, List<List<String>> rows, List<Long> lines, ImportProblems problems) {
	}

	/** Keeps the upload; extracts uploaded more than {@link #KEPT} ago and never imported go first. */
	String save(InputStream content, String fileName) throws IOException {
		Files.createDirectories(folder);
		removeUploadsOlderThan(clock.instant().minus(KEPT));
		String token = UUID.randomUUID().toString();
		Files.copy(content, file(token));
		String name = fileName == null || fileName.isBlank() ? "flat-extract.csv" : fileName.replaceAll("^.*[/\\\\]", "");
		Files.writeString(folder.resolve(token + ".name"), name.length() > 200 ? name.substring(0, 200) : name,
				StandardCharsets.UTF_8);
		return token;
	}

	boolean exists(String token) {
		return TOKEN.matcher(token).matches() && Files.exists(file(token));
	}

	Path file(String token) {
		if (!TOKEN.matcher(token).matches()) {
			throw new ExtractNotFoundException();
		}
		return folder.resolve(token + ".csv");
	}

	String fileName(String token) {
		try {
			return Files.readString(file(token).resolveSibling(token + ".name"), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new ExtractNotFoundException();
		}
	}

	Sample sample(String token, int rows) {
		if (!exists(token)) {
			throw new ExtractNotFoundException();
		}
		List<String> header = new ArrayList<>();
		List<List<String>> values = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		ImportProblems problems = new ImportProblems();
		try {
		ImportFileReader.readRecords(file(token), fileName(token), problems, new ImportFileReader.RecordHandler() {
			@Override
			public boolean header(List<String> names) {
				names.forEach(name -> header.add(name.strip()));
				return true;
			}

			@Override
			public void row(long line, CSVRecord record) {
				values.add(record.toList());
				lines.add(line);
				if (values.size() == rows) {
					throw new EnoughRows();
				}
			}
		});
		}
		catch (EnoughRows enough) {
			// The rest of the file is read by the import.
		}
		return new Sample(header, values, lines, problems);
	}

	private static final class EnoughRows extends RuntimeException {

		EnoughRows() {
			super(null, null, false, false);
		}

	}

	private void removeUploadsOlderThan(Instant cutOff) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path old : files.filter(file -> modifiedBefore(file, cutOff)).toList()) {
				Files.deleteIfExists(old);
			}
		}
	}

	private static boolean modifiedBefore(Path file, Instant cutOff) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(cutOff);
		}
		catch (IOException e) {
			return false;
		}
	}

	void delete(String token) {
		try {
			Files.deleteIfExists(file(token));
			Files.deleteIfExists(folder.resolve(token + ".name"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
