package io.finseg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh data folder under target/ for one test application context. */
final class TestDataDirectory {

	private TestDataDirectory() {
	}

	static Path create() {
		try {
			Path parent = Files.createDirectories(Path.of("target", "test-data"));
			return Files.createTempDirectory(parent, "context-").toAbsolutePath();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
