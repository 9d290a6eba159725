package io.finseg.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The filters and paging position of the audit page, as they come from the query string. */
record AuditFilterForm(String user, AuditAction action, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long before, Long after) {

	AuditQuery toQuery() {
		return new AuditQuery(user, action, from, to, before, after);
	}

}
