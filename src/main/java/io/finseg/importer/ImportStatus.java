package io.finseg.importer;

/** Where an upload stands. */
public enum ImportStatus {

	/** Its files are being checked; nothing is written yet. */
	CHECKING,

	/** The check found problems; nothing was written. */
	INVALID,

	/** Checked and being written. */
	WRITING,

	/** Every row is written. */
	DONE,

	/** Writing did not finish (an error, a cancel or a restart): its rows were removed. */
	FAILED

}
