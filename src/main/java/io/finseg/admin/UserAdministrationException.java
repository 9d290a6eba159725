package io.finseg.admin;

/** An administrator's change that the rules forbid; the message key says why, in words. */
class UserAdministrationException extends RuntimeException {

	private final String messageKey;

	UserAdministrationException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
