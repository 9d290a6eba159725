package io.finseg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DatesTest {

	private final Dates dates = new Dates();

	private final LocalDateTime morning = LocalDateTime.of(2026, 9, 4, 9, 5, 7);

	@Test
	void writesDaysAsUxAsksWithoutALeadingZeroAndWithAnEnglishMonth() {
		assertThat(dates.day(LocalDate.of(2026, 11, 24))).isEqualTo("24 Nov 2026");
		assertThat(dates.day(morning)).isEqualTo("4 Sep 2026");
	}

	@Test
	void writesTimesOnTheTwentyFourHourClock() {
		assertThat(dates.dayAndTime(morning)).isEqualTo("4 Sep 2026, 09:05");
		assertThat(dates.dayAndSeconds(morning)).isEqualTo("4 Sep 2026, 09:05:07");
		assertThat(dates.time(morning.withHour(21))).isEqualTo("21:05");
	}

	@Test
	void writesNothingForNoValueAndRefusesATimeOfADay() {
		assertThat(dates.day(null)).isEmpty();
		assertThat(dates.dayAndTime(null)).isEmpty();
		assertThatThrownBy(() -> dates.time(LocalDate.of(2026, 1, 1))).isInstanceOf(DateTimeException.class);
	}

}
