package io.finseg.campaign;

import java.util.Map;

import io.finseg.consent.Suppression;

/**
 * A frozen campaign's audience as of now: who would be exported (target, contactable), who is
 * held out, who is suppressed and why, and who was contactable at the freeze but no longer is.
 */
public record Audience(long members, long exportable, long holdout, Map<Suppression, Long> suppressed,
		Map<Suppression, Long> newlySuppressed) {

	public long suppressedTotal() {
		return suppressed.values().stream().mapToLong(Long::longValue).sum();
	}

	public long newlySuppressedTotal() {
		return newlySuppressed.values().stream().mapToLong(Long::longValue).sum();
	}

	/** A share of all members, in percent, for the stacked bar. */
	public double percent(long part) {
		return members == 0 ? 0 : 100.0 * part / members;
	}

}
