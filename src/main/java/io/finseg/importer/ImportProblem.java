package io.finseg.importer;

import java.util.List;

/**
 * Something in an upload that stops it from being imported: where (file, line, column; line 1 is
 * the header) and what, as a message key with its arguments.
 */
public record ImportProblem(String fileName, long line, String column, String messageKey, List<String> args) {

	public static ImportProblem inFile(String fileName, String messageKey, Object... args) {
		return new ImportProblem(fileName, 0, null, messageKey, texts(args));
	}

	public static ImportProblem at(String fileName, long line, String column, String messageKey, Object... args) {
		return new ImportProblem(fileName, line, column, messageKey, texts(args));
	}

	public Object[] argsArray() {
		return args.toArray();
	}

	private static List<String> texts(Object... args) {
		return java.util.Arrays.stream(args).map(String::valueOf).toList();
	}

}
