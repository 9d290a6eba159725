package io.finseg.segment;

import java.time.LocalDateTime;

/** A saved segment. {@code version} guards against overwriting someone else's change. */
public record Segment(long id, String name, String description, Purpose purpose, String owner, RuleNode rule,
		LocalDateTime createdAt, LocalDateTime updatedAt, String updatedBy, int version) {
}
