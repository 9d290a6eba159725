package io.finseg.importer;

import java.nio.file.Path;
import java.util.Map;

/**
 * An upload that does not come as the tables' own files (a flat extract and its mapping): the
 * import job turns it into those files before the check, so that it is checked, reported and
 * written exactly as any upload, and writes what the tables do not hold once every row is in.
 */
public interface ImportConversion {

	/**
	 * Writes the tables' files into {@code folder} (which the import deletes when it ends) and
	 * reports what the tables' own checks cannot see.
	 */
	Map<ImportTable, Path> convert(Path folder, ImportProblems problems);

	/** A problem the tables' check found, said as the admin's own file says it (its name, its column). */
	default ImportProblem asInTheUpload(ImportProblem problem) {
		return problem;
	}

	/**
	 * Writes the rest (custom attribute values) in one transaction of its own, after every row of
	 * the tables is written; a failure here removes the import's rows again.
	 *
	 * @return how many values it wrote
	 */
	long writeRest();

	/** What the upload brought in; the conversion's source is deleted. */
	void finished();

}
