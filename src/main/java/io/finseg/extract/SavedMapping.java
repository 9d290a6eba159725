package io.finseg.extract;

import java.time.LocalDateTime;

/** A mapping saved by name, for next month's file. */
record SavedMapping(long id, String name, ExtractMapping mapping, String savedBy, LocalDateTime savedAt) {
}
