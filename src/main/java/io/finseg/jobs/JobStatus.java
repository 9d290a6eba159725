package io.finseg.jobs;

/** Where a job is in its life. Labels are {@code JobStatus.<name>} in messages.properties. */
public enum JobStatus {

	/** Waiting for a free worker thread. */
	QUEUED,

	RUNNING,

	SUCCEEDED,

	FAILED,

	/** Stopped on request; the message says what was kept. */
	CANCELLED;

	public boolean isActive() {
		return this == QUEUED || this == RUNNING;
	}

	public boolean isEnded() {
		return !isActive();
	}

}
