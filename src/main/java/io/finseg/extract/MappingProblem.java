package io.finseg.extract;

/** A mapping the admin must correct before a preview or import: a message key and its arguments. */
class MappingProblem extends RuntimeException {

	private final transient Object[] args;

	MappingProblem(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.args = args;
	}

	String messageKey() {
		return getMessage();
	}

	Object[] args() {
		return args.clone();
	}

}
