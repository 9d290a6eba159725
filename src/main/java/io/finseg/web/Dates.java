package io.finseg.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How every page writes dates and times, in one place: {@code ${@dates.day(x)}} gives
 * "24 Nov 2026" (as UX asks), {@code dayAndTime} "24 Nov 2026, 09:30", {@code dayAndSeconds}
 * "24 Nov 2026, 09:30:05" (the audit log), {@code time} "09:30". Nothing is written for no value.
 * Month names are English whatever the browser asks, like the rest of the text.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_AND_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss",
			Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	public String day(TemporalAccessor value) {
		return format(value, DAY);
	}

	public String dayAndTime(TemporalAccessor value) {
		return format(value, DAY_AND_TIME);
	}

	public String dayAndSeconds(TemporalAccessor value) {
		return format(value, DAY_AND_SECONDS);
	}

	public String time(TemporalAccessor value) {
		return format(value, TIME);
	}

	private static String format(TemporalAccessor value, DateTimeFormatter format) {
		if (value == null) {
			return "";
		}
		return format.format(value instanceof Instant instant ? instant.atZone(ZoneId.systemDefault()) : value);
	}

}
