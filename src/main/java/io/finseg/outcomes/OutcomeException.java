package io.finseg.outcomes;

/** An outcomes action that cannot be done as asked; the message key says why, in words. */
class OutcomeException extends RuntimeException {

	private final String messageKey;

	OutcomeException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
