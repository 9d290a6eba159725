package io.finseg.importer;

/**
 * A value that cannot be imported as it is; the key and arguments say why, in words. Public for
 * the rooms that import values of their own (custom attributes) and report them the same way.
 */
public class ValueProblem extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public ValueProblem(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

}
