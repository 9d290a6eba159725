package io.finseg.lookalike;

/** Where a look-alike model's training stands; only a COMPLETED model has figures and rules. */
public enum ModelStatus {

	QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

	public boolean isActive() {
		return this == QUEUED || this == RUNNING;
	}

}
