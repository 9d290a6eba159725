package io.finseg.campaign;

import java.util.List;

/** A campaign request that cannot be carried out, with a message key and what to fill into it. */
public class CampaignException extends RuntimeException {

	private final String messageKey;

	private final List<Object> args;

	public CampaignException(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> args() {
		return args;
	}

}
