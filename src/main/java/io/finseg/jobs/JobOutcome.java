package io.finseg.jobs;

import java.util.Objects;

/**
 * How a job's work ended, in words for a person: a message key of messages.properties with its
 * arguments, and optionally the path of the page that shows the result.
 * <p>
 * Work that notices {@link JobContext#isCancelRequested()} itself and tidies up returns
 * {@link #cancelled} with what it kept ("Kept 40,000 customers; the rest was not written").
 */
public record JobOutcome(JobStatus status, String messageKey, Object[] args, String resultLink) {

	public JobOutcome {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(messageKey, "messageKey");
		if (status != JobStatus.SUCCEEDED && status != JobStatus.CANCELLED) {
			throw new IllegalArgumentException("Work ends as succeeded or cancelled; failures are exceptions");
		}
		args = args == null ? new Object[0] : args.clone();
	}

	public static JobOutcome succeeded(String messageKey, Object... args) {
		return new JobOutcome(JobStatus.SUCCEEDED, messageKey, args, null);
	}

	public static JobOutcome cancelled(String messageKey, Object... args) {
		return new JobOutcome(JobStatus.CANCELLED, messageKey, args, null);
	}

	/** The same outcome with a link to the page that shows the result, e.g. {@code /segments/12}. */
	public JobOutcome withResultLink(String path) {
		// Only a path of this application: the link is shown to people and must not lead away.
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			throw new IllegalArgumentException("A result link is a path within FinSeg, e.g. /segments/12: " + path);
		}
		return new JobOutcome(status, messageKey, args, path);
	}

	@Override
	public Object[] args() {
		return args.clone();
	}

}
