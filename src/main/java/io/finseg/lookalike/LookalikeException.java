package io.finseg.lookalike;

/** A look-alike request that cannot be met, with the message key that says why. */
public class LookalikeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public LookalikeException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
