package io.finseg.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThroughputMeterTest {

	@Test
	void measuresUnitsPerSecondBetweenTheFirstAndLastSample() {
		ThroughputMeter meter = new ThroughputMeter();
		meter.record(0, 0);
		meter.record(250, 500);
		meter.record(500, 1_000);

		assertThat(meter.unitsPerSecond()).isCloseTo(2_000.0, within(0.001));
	}

	@Test
	void tellsNothingUntilTheSamplesSpanEnoughTime() {
		ThroughputMeter meter = new ThroughputMeter();
		assertThat(meter.unitsPerSecond()).isNull();
		meter.record(1_000, 0);
		assertThat(meter.unitsPerSecond()).isNull();
		meter.record(1_100, 50);
		assertThat(meter.unitsPerSecond()).isNull();
		meter.record(1_250, 100);
		assertThat(meter.unitsPerSecond()).isCloseTo(400.0, within(0.001));
	}

	@Test
	void followsTheRecentSpeedOnceASlowPhaseLeavesTheWindow() {
		ThroughputMeter meter = new ThroughputMeter();
		for (long second = 0; second <= 20; second++) {
			meter.record(second * 1_000, second * 10);
		}
		for (long second = 21; second <= 40; second++) {
			meter.record(second * 1_000, 200 + (second - 20) * 1_000);
		}

		assertThat(meter.unitsPerSecond()).isCloseTo(1_000.0, within(0.001));
	}

	@Test
	void startsAfreshWhenTheWorkCountsFromZeroAgain() {
		ThroughputMeter meter = new ThroughputMeter();
		meter.record(0, 0);
		meter.record(1_000, 5_000);
		meter.record(1_500, 0);
		meter.record(2_500, 100);

		assertThat(meter.unitsPerSecond()).isCloseTo(100.0, within(0.001));
	}

	@Test
	void averagesAWholeRun() {
		assertThat(ThroughputMeter.average(30_000, 12_000)).isCloseTo(2_500.0, within(0.001));
		assertThat(ThroughputMeter.average(0, 12_000)).isNull();
		assertThat(ThroughputMeter.average(10, 0)).isNull();
	}

}
