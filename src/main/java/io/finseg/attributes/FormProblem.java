package io.finseg.attributes;

/** A field of an attribute form that the service refused, with the message key saying why. */
class FormProblem extends RuntimeException {

	private final String field;

	private final transient Object[] args;

	FormProblem(String field, String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.field = field;
		this.args = args;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return getMessage();
	}

	Object[] args() {
		return args.clone();
	}

}
