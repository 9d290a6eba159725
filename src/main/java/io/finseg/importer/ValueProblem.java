package io.finseg.importer;

/** A value that cannot be imported as it is; the key and arguments say why, in words. */
class ValueProblem extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	ValueProblem(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.args = args;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] args() {
		return args;
	}

}
