package io.finseg.importer;

import java.time.LocalDateTime;

/** One upload, as the import pages show it. */
public record DataImport(long id, ImportStatus status, String fileNames, long rowsTotal, long rowsWritten,
		long problemsTotal, Long jobId, String createdBy, LocalDateTime createdAt, LocalDateTime finishedAt) {
}
