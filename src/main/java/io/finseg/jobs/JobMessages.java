package io.finseg.jobs;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Turns message keys into the words stored with a job. Work runs outside any request, so there is
 * no visitor's locale to use; FinSeg speaks English (the pages say {@code lang="en"}).
 */
@Component
class JobMessages {

	static final Locale LOCALE = Locale.ENGLISH;

	private final MessageSource messageSource;

	JobMessages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	String text(String key, Object... args) {
		return messageSource.getMessage(key, args, LOCALE);
	}

	boolean has(String key) {
		try {
			messageSource.getMessage(key, null, LOCALE);
			return true;
		}
		catch (NoSuchMessageException missing) {
			return false;
		}
	}

}
