package io.finseg.outcomes;

import java.util.Arrays;
import java.util.List;

/** Something in an outcomes file that stops it from being recorded: the line (1 is the header), column and why. */
public record OutcomeProblem(long line, String column, String messageKey, List<String> args) {

	static OutcomeProblem at(long line, String column, String messageKey, Object... args) {
		return new OutcomeProblem(line, column, messageKey, Arrays.stream(args).map(String::valueOf).toList());
	}

	public Object[] argsArray() {
		return args.toArray();
	}

}
