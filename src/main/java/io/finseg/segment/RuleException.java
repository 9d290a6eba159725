package io.finseg.segment;

import java.util.Arrays;
import java.util.List;

/**
 * A rule that cannot be compiled, with a message key and arguments that say why in words; the
 * path (child indices from the root, e.g. "1.0") names the condition concerned.
 */
public class RuleException extends RuntimeException {

	private final String messageKey;

	private final List<String> args;

	private final String path;

	public RuleException(String messageKey, Object... args) {
		this(messageKey, "", Arrays.stream(args).map(String::valueOf).toList());
	}

	private RuleException(String messageKey, String path, List<String> args) {
		super(messageKey + (path.isEmpty() ? "" : " at " + path) + " " + args, null, false, false);
		this.messageKey = messageKey;
		this.path = path;
		this.args = args;
	}

	/** The same problem, located at the given path. */
	RuleException at(String nodePath) {
		return path.isEmpty() ? new RuleException(messageKey, nodePath, args) : this;
	}

	public String messageKey() {
		return messageKey;
	}

	public List<String> args() {
		return args;
	}

	public String path() {
		return path;
	}

}
