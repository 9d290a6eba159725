package io.finseg.audit;

import java.time.LocalDate;

/**
 * Which entries to read: all filters optional. {@code before} and {@code after} are entry ids for
 * keyset paging (newer pages have higher ids).
 */
public record AuditQuery(String actor, AuditAction action, LocalDate from, LocalDate to, Long before, Long after) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}

	AuditQuery withoutPaging() {
		return new AuditQuery(actor, action, from, to, null, null);
	}

	boolean hasActor() {
		return actor != null && !actor.isBlank();
	}

}
