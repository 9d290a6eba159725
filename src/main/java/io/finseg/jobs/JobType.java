package io.finseg.jobs;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a job does and what its progress counts. Both are names, not text: a page shows
 * {@code jobType.<name>} and {@code jobUnit.<unit>} from messages.properties, and
 * {@link Jobs#start} refuses a type whose labels are missing.
 *
 * @param name upper snake case, e.g. {@code GENERATE_DEMO_DATA}
 * @param unit lower case, e.g. {@code customers} or {@code rows}
 */
public record JobType(String name, String unit) {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

	private static final Pattern UNIT = Pattern.compile("[a-z][a-zA-Z0-9]{0,29}");

	public static final String ROWS = "rows";

	public JobType {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(unit, "unit");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A job type name is upper snake case, at most 50 characters: " + name);
		}
		if (!UNIT.matcher(unit).matches()) {
			throw new IllegalArgumentException("A job unit is one lower-case word, at most 30 characters: " + unit);
		}
	}

	/** A job whose progress counts rows. */
	public static JobType of(String name) {
		return new JobType(name, ROWS);
	}

	public static JobType of(String name, String unit) {
		return new JobType(name, unit);
	}

	String labelKey() {
		return "jobType." + name;
	}

	String unitKey() {
		return "jobUnit." + unit;
	}

}
