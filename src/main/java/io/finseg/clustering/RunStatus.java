package io.finseg.clustering;

/** Where a clustering run is: only a COMPLETED run has assignments that anyone may use. */
public enum RunStatus {

	QUEUED, RUNNING, COMPLETED, CANCELLED, FAILED;

	public boolean isActive() {
		return this == QUEUED || this == RUNNING;
	}

}
