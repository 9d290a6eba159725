package io.finseg.admin;

import java.security.SecureRandom;

/** Initial passwords that FinSeg hands out: long, random, without look-alike characters. */
final class RandomPasswords {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomPasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
