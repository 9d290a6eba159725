package io.finseg.clustering;

/** Why a run cannot start, as a message key with its arguments for the page. */
public class ClusteringException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public ClusteringException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

}
