package io.finseg.campaign;

import java.time.LocalDateTime;

/** One export of a campaign as recorded: who, when, how many rows and the file's checksum. */
public record ExportRecord(long id, String status, String exportedBy, LocalDateTime startedAt, long rows, String fields,
		String sha256, long newlySuppressed) {
}
