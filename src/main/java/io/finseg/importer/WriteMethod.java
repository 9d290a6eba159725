package io.finseg.importer;

/** How an import's rows reach the database, as its job says while writing and when done. */
enum WriteMethod {

	/** MySQL/MariaDB that allow local files. */
	LOAD_DATA("import.job.writing.loadData", "import.job.done.loadData"),

	/** H2 and other databases without LOAD DATA. */
	BATCHED_INSERT("import.job.writing.batched", "import.job.done.batched"),

	/** MySQL/MariaDB where the server (local_infile off) or the URL (allowLoadLocalInfile=false) refuses local files. */
	BATCHED_INSERT_REFUSED("import.job.writing.refused", "import.job.done.refused");

	private final String writingKey;

	private final String doneKey;

	WriteMethod(String writingKey, String doneKey) {
		this.writingKey = writingKey;
		this.doneKey = doneKey;
	}

	String writingKey() {
		return writingKey;
	}

	String doneKey() {
		return doneKey;
	}

}
