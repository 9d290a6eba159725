package io.finseg.datagen;

/**
 * A generation that must not run, with a message a user can read and act on.
 */
public class GenerationRefusedException extends RuntimeException {

	public GenerationRefusedException(String message) {
		super(message);
	}

}
