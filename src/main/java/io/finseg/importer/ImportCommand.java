package io.finseg.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import io.finseg.jobs.JobContext;
import io.finseg.jobs.JobOutcome;

/**
 * An import from the command line: {@code --finseg.import.dir=DIR} checks and imports the CSV
 * files in DIR (named after their tables) exactly as the import page does, logs how fast each
 * part went, and exits (unless {@code --finseg.import.exit=false}). bench/import.sh uses it.
 */
@Component
@ConditionalOnProperty("finseg.import.dir")
class ImportCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

	private final ImportService service;

	private final DataImportRepository imports;

	private final ConfigurableApplicationContext context;

	private final Clock clock;

	private final Path folder;

	private final boolean exit;

	ImportCommand(ImportService service, DataImportRepository imports, ConfigurableApplicationContext context,
			Clock clock, @Value("${finseg.import.dir}") Path folder, @Value("${finseg.import.exit:true}") boolean exit) {
		this.service = service;
		this.imports = imports;
		this.context = context;
		this.clock = clock;
		this.folder = folder;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Map<ImportTable, Path> files = new EnumMap<>(ImportTable.class);
		try (Stream<Path> paths = Files.list(folder)) {
			paths.forEach(path -> ImportTable.forFileName(path.getFileName().toString())
				.ifPresent(table -> files.put(table, path)));
		}
		long id = imports.create(String.join(", ", files.values().stream().map(p -> p.getFileName().toString()).toList()),
				"command-line", LocalDateTime.now(clock));
		LoggedContext context = new LoggedContext();
		JobOutcome outcome = service.process(id, files, context);
		DataImport done = imports.find(id).orElseThrow();
		double seconds = (System.nanoTime() - context.started) / 1e9;
		double checkSeconds = (context.writingStarted - context.started) / 1e9;
		log.info(String.format(java.util.Locale.ROOT,
				"Import %d: %s, %,d rows in %.1f s: checking %.1f s (%,.0f rows/s), writing %.1f s (%,.0f rows/s)", id,
				done.status(), done.rowsTotal(), seconds, checkSeconds, done.rowsTotal() / Math.max(checkSeconds, 1e-9),
				seconds - checkSeconds, done.rowsWritten() / Math.max(seconds - checkSeconds, 1e-9)));
		log.info("Outcome: {} ({} problems)", outcome.messageKey(), done.problemsTotal());
		if (exit) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

	/** Times the check and the writing; nobody cancels a command-line import. */
	private static final class LoggedContext implements JobContext {

		final long started = System.nanoTime();

		long writingStarted = started;

		@Override
		public long jobId() {
			return 0;
		}

		@Override
		public void progress(long done, long total) {
		}

		@Override
		public void message(String messageKey, Object... args) {
			if (java.util.Arrays.stream(WriteMethod.values()).anyMatch(method -> method.writingKey().equals(messageKey))) {
				log.info("Writing ({})", messageKey);
				writingStarted = System.nanoTime();
			}
		}

		@Override
		public boolean isCancelRequested() {
			return false;
		}

		@Override
		public void throwIfCancelled() {
		}

	}

}
