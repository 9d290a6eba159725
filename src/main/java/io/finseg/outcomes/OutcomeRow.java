package io.finseg.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One checked line of an outcomes file; {@code amount} is null when the file gives no value. */
record OutcomeRow(int customerId, Outcome outcome, LocalDate date, BigDecimal amount) {
}
