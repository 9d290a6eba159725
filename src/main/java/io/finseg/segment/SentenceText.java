package io.finseg.segment;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** What a rule's sentence and a behavioural condition's sentence both write with: messages and grouped numbers. */
final class SentenceText {

	private final MessageSource messages;

	SentenceText(MessageSource messages) {
		this.messages = messages;
	}

	/** The message, or its key when messages.properties has none. */
	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** 50000 as 50,000; a text that is not a number stays as it is. */
	static String grouped(String value) {
		try {
			return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(new BigDecimal(value.trim()));
		}
		catch (NumberFormatException e) {
			return value;
		}
	}

}
