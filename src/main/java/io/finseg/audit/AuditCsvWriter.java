package io.finseg.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/** Writes audit entries as CSV that a spreadsheet opens safely. */
@Component
class AuditCsvWriter {

	private static final String[] HEADER = { "id", "occurred_at", "actor", "action", "target_type", "target_id",
			"details", "client_address" };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

	private final AuditLog auditLog;

	AuditCsvWriter(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/** Writes the entries and flushes; the caller owns (and closes) {@code out}. */
	void write(AuditQuery query, Writer out) throws IOException {
		CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out);
		auditLog.forEach(query, entry -> {
			try {
				csv.printRecord(entry.id(), TIME.format(entry.occurredAt()), neutralise(entry.actor()),
						entry.action().name(), neutralise(entry.targetType()), neutralise(entry.targetId()),
						neutralise(entry.details()), neutralise(entry.clientAddress()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		csv.flush();
	}

	/**
	 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is
	 * prefixed with an apostrophe, so it shows as text.
	 */
	static String neutralise(String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return formula ? "'" + cell : cell;
	}

}
