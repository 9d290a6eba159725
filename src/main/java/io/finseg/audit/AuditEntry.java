package io.finseg.audit;

import java.time.LocalDateTime;

/** One line of the audit log, as stored. */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, AuditAction action, String targetType,
		String targetId, String details, String clientAddress) {
}
