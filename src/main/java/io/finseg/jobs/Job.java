package io.finseg.jobs;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A job as a page shows it, read at {@code readAt}. Percent, time left and duration are derived
 * here so that every page that embeds the progress fragment shows the same numbers.
 *
 * @param total units in all, or {@code null} while unknown
 * @param rate units per second, or {@code null} before there is a measurement
 */
public record Job(long id, String type, JobStatus status, long done, Long total, String unit, Double rate,
		String message, String resultLink, String startedBy, LocalDateTime createdAt, LocalDateTime startedAt,
		LocalDateTime finishedAt, boolean cancelRequested, LocalDateTime readAt) {

	public boolean isActive() {
		return status.isActive();
	}

	public boolean hasTotal() {
		return total != null && total > 0;
	}

	/** Whole percent done, 0 to 100, or {@code null} while the total is unknown. */
	public Integer percent() {
		if (!hasTotal()) {
			return null;
		}
		return (int) Math.min(100, Math.max(0, done * 100 / total));
	}

	/** Seconds until done at the current rate, or {@code null} when that cannot be told. */
	public Long secondsLeft() {
		if (!isActive() || !hasTotal() || rate == null || rate <= 0) {
			return null;
		}
		long left = Math.max(0, total - done);
		return (long) Math.ceil(left / rate);
	}

	/** Seconds from start to end, or to {@code readAt} while running; {@code null} before it starts. */
	public Long elapsedSeconds() {
		if (startedAt == null) {
			return null;
		}
		LocalDateTime end = finishedAt != null ? finishedAt : readAt;
		return Math.max(0, Duration.between(startedAt, end).toSeconds());
	}

	public String typeLabelKey() {
		return "jobType." + type;
	}

	public String unitLabelKey() {
		return "jobUnit." + unit;
	}

	public String statusLabelKey() {
		return "JobStatus." + status.name();
	}

}
