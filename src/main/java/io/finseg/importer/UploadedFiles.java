package io.finseg.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.web.multipart.MultipartFile;

/**
 * The files of one upload, saved to the import's own folder: CSV files as they are, a ZIP
 * unpacked (only its CSV files named after a table; nothing outside the folder, and no more
 * than the size limit however well it compresses).
 */
final class UploadedFiles {

	private final Map<ImportTable, Path> files = new EnumMap<>(ImportTable.class);

	private final ImportProblems problems = new ImportProblems();

	private UploadedFiles() {
	}

	static UploadedFiles save(Iterable<MultipartFile> uploads, Path folder, long maxBytes, String maxSize)
			throws IOException {
		Files.createDirectories(folder);
		UploadedFiles saved = new UploadedFiles();
		for (MultipartFile upload : uploads) {
			String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
			if (upload.isEmpty() && name.isBlank()) {
				continue;
			}
			try (InputStream in = upload.getInputStream()) {
				if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
					saved.unzip(in, name, folder, maxBytes, maxSize);
				}
				else {
					saved.add(name, in, folder, maxBytes, maxSize);
				}
			}
		}
		if (saved.files.isEmpty() && saved.problems.isEmpty()) {
			saved.problems.add(ImportProblem.inFile("", "import.upload.noFiles"));
		}
		return saved;
	}

	Map<ImportTable, Path> files() {
		return files;
	}

	ImportProblems problems() {
		return problems;
	}

	String names() {
		return String.join(", ", files.keySet().stream().map(ImportTable::fileName).toList());
	}

	private void unzip(InputStream in, String zipName, Path folder, long maxBytes, String maxSize) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (!entry.isDirectory() && !entry.getName().startsWith("__MACOSX")) {
					add(entry.getName(), zip, folder, maxBytes, maxSize);
				}
			}
		}
		catch (java.util.zip.ZipException e) {
			problems.add(ImportProblem.inFile(zipName, "import.upload.badZip"));
		}
	}

	private void add(String name, InputStream in, Path folder, long maxBytes, String maxSize) throws IOException {
		Optional<ImportTable> table = ImportTable.forFileName(name);
		String shown = name.replaceAll("^.*[/\\\\]", "");
		if (table.isEmpty()) {
			problems.add(ImportProblem.inFile(shown, shown.toLowerCase(Locale.ROOT).contains("security")
					? "import.upload.securityNotImported" : "import.upload.unknownFile"));
			return;
		}
		if (files.containsKey(table.get())) {
			problems.add(ImportProblem.inFile(shown, "import.upload.twice", table.get().fileName()));
			return;
		}
		Path target = folder.resolve(table.get().fileName());
		if (copyAtMost(in, target, maxBytes)) {
			files.put(table.get(), target);
		}
		else {
			problems.add(ImportProblem.inFile(shown, "import.upload.tooLarge", maxSize));
		}
	}

	private static boolean copyAtMost(InputStream in, Path target, long maxBytes) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > maxBytes) {
					return false;
				}
				out.write(buffer, 0, read);
			}
		}
		return true;
	}

}
