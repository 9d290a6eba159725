package io.finseg.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.customer.CustomerDataChanged;
import io.finseg.jobs.JobContext;
import io.finseg.jobs.JobOutcome;
import io.finseg.jobs.JobType;
import io.finseg.jobs.Jobs;

/**
 * Takes an upload, checks all of it, and only if nothing is wrong writes it, as a job. Writing
 * that does not finish (an error, a cancel, a restart) removes the import's rows again.
 */
@Service
public class ImportService {

	public static final JobType JOB_TYPE = JobType.of("IMPORT_CUSTOMER_DATA", JobType.ROWS);

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final DataImportRepository imports;

	private final ImportValidator validator;

	private final ImportWriter writer;

	private final Jobs jobs;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final Path uploadsFolder;

	private final long maxBytes;

	private final String maxSize;

	ImportService(DataImportRepository imports, ImportValidator validator, ImportWriter writer, Jobs jobs,
			AuditLog auditLog, ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions,
			@Value("${finseg.data-dir}") Path dataDir,
			@Value("${spring.servlet.multipart.max-file-size:200MB}") DataSize maxSize) {
		this.imports = imports;
		this.validator = validator;
		this.writer = writer;
		this.jobs = jobs;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
		this.uploadsFolder = dataDir.resolve("imports");
		this.maxBytes = maxSize.toBytes();
		this.maxSize = maxSize.toMegabytes() > 0 ? maxSize.toMegabytes() + " MB" : maxSize.toKilobytes() + " KB";
	}

	/** Saves the upload and starts checking it; returns the import's id at once. */
	public long upload(List<MultipartFile> files, String username) throws IOException {
		String names = files.stream().map(MultipartFile::getOriginalFilename).collect(Collectors.joining(", "));
		long id = imports.create(names, username, LocalDateTime.now(clock));
		Path folder = uploadsFolder.resolve(Long.toString(id));
		UploadedFiles saved = UploadedFiles.save(files, folder, maxBytes, maxSize);
		if (!saved.problems().isEmpty()) {
			reject(id, saved.problems(), 0);
			deleteFolder(folder);
			return id;
		}
		long jobId = jobs.start(JOB_TYPE, username, context -> process(id, saved.files(), context));
		imports.attachJob(id, jobId);
		return id;
	}

	/**
	 * Starts the import of an upload that the job first converts into the tables' files (a flat
	 * extract through its mapping); returns the import's id at once.
	 */
	public long upload(ImportConversion conversion, String fileName, String username) {
		long id = imports.create(fileName, username, LocalDateTime.now(clock));
		long jobId = jobs.start(JOB_TYPE, username, context -> process(id, conversion, context));
		imports.attachJob(id, jobId);
		return id;
	}

	public DataImport get(long id) {
		return imports.find(id).orElseThrow(() -> new ImportNotFoundException(id));
	}

	public List<DataImport> recent(int limit) {
		return imports.recent(limit);
	}

	public List<ImportProblem> problems(long id) {
		return imports.problems(id);
	}

	/** Checks, then writes; package-private so a test can make writing fail half-way. */
	JobOutcome process(long id, Map<ImportTable, Path> files, JobContext context) {
		return process(id, new ImportConversion() {
			@Override
			public Map<ImportTable, Path> convert(Path folder, ImportProblems problems) {
				return files;
			}

			@Override
			public long writeRest() {
				return 0;
			}

			@Override
			public void finished() {
				// The files are in the upload folder, which goes below.
			}
		}, context);
	}

	private JobOutcome process(long id, ImportConversion conversion, JobContext context) {
		Path folder = uploadsFolder.resolve(Long.toString(id));
		try {
			context.message("import.job.checking");
			ImportProblems problems = new ImportProblems();
			Map<ImportTable, Path> files = convert(conversion, folder, problems);
			ValidationResult checked = validator.validate(files, rows -> context.progress(rows, 0));
			problems.addAll(checked.problems(), conversion::asInTheUpload);
			ValidationResult result = new ValidationResult(problems, checked.rows());
			if (!result.valid()) {
				reject(id, result.problems(), result.totalRows());
				return JobOutcome.succeeded("import.job.invalid", result.problems().total()).withResultLink(link(id));
			}
			context.throwIfCancelled();
			imports.checked(id, ImportStatus.WRITING, result.totalRows(), 0);
			WriteMethod method = write(id, files, result.totalRows(), context);
			if (method == null) {
				return JobOutcome.cancelled("import.job.cancelled").withResultLink(link(id));
			}
			writeRest(id, conversion);
			imports.finished(id, ImportStatus.DONE, result.totalRows(), LocalDateTime.now(clock));
			auditLog.record(AuditAction.DATA_IMPORTED, "IMPORT", id, describe(result.rows()));
			events.publishEvent(new CustomerDataChanged("import " + id));
			return JobOutcome.succeeded(method.doneKey(), result.totalRows()).withResultLink(link(id));
		}
		finally {
			conversion.finished();
			deleteFolder(folder);
		}
	}

	private static Map<ImportTable, Path> convert(ImportConversion conversion, Path folder, ImportProblems problems) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return conversion.convert(folder, problems);
	}

	private void writeRest(long id, ImportConversion conversion) {
		try {
			long values = conversion.writeRest();
			if (values > 0) {
				log.info("Import {} wrote {} further values", id, values);
			}
		}
		catch (RuntimeException e) {
			log.warn("Import {} failed while writing its further values; removing its rows", id);
			removeRows(id);
			throw e;
		}
	}

	/** Writes all rows and returns how, or null when cancelled; whatever did not finish is removed. */
	private WriteMethod write(long id, Map<ImportTable, Path> files, long total, JobContext context) {
		boolean finished;
		WriteMethod method;
		try (ChunkSink sink = writer.open()) {
			method = sink.method();
			context.message(method.writingKey(), total);
			finished = writer.write(id, files, sink, written -> context.progress(written, total),
					context::isCancelRequested);
		}
		catch (RuntimeException e) {
			// The sink is closed by now, so none of its transactions holds a lock the removal needs.
			log.warn("Import {} failed while writing; removing its rows", id);
			removeRows(id);
			throw e;
		}
		if (finished) {
			return method;
		}
		removeRows(id);
		return null;
	}

	/** Removes the rows of an import that did not finish and marks it failed. */
	void removeRows(long id) {
		writer.removeRowsOf(id);
		transactions.executeWithoutResult(status -> imports.finished(id, ImportStatus.FAILED, 0, LocalDateTime.now(clock)));
	}

	private void reject(long id, ImportProblems problems, long rows) {
		imports.saveProblems(id, problems.shown());
		imports.checked(id, ImportStatus.INVALID, rows, problems.total());
		imports.finished(id, ImportStatus.INVALID, 0, LocalDateTime.now(clock));
	}

	private static String describe(Map<ImportTable, Long> rows) {
		return rows.entrySet().stream().map(e -> e.getKey().tableName() + "=" + e.getValue())
			.collect(Collectors.joining(" "));
	}

	private static String link(long id) {
		return "/admin/import/" + id;
	}

	private static void deleteFolder(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException e) {
			log.warn("Could not delete the upload folder {}", folder);
		}
	}

}
