package io.finseg.outcomes;

/**
 * One group of a breakdown: its label (a message key when {@code labelKey} is set, else the
 * value as it is) and the lift inside it.
 */
public record ResultGroup(String label, String labelKey, Lift lift) {
}
