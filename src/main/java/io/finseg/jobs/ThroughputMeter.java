package io.finseg.jobs;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Units per second over the last few seconds. A recent window rather than the average since the
 * start, so that a slow first phase (counting, reading a file) does not distort the time left of
 * the phase that follows.
 */
final class ThroughputMeter {

	static final long WINDOW_MILLIS = 10_000;

	private static final long MIN_SPAN_MILLIS = 200;

	private final Deque<Sample> samples = new ArrayDeque<>();

	private record Sample(long atMillis, long done) {
	}

	void record(long atMillis, long done) {
		Sample last = samples.peekLast();
		if (last != null && done < last.done()) {
			// The work started counting again (a new phase): old samples say nothing about it.
			samples.clear();
		}
		samples.addLast(new Sample(atMillis, done));
		while (samples.size() > 2 && samples.peekFirst().atMillis() < atMillis - WINDOW_MILLIS) {
			samples.removeFirst();
		}
	}

	/** Units per second across the window, or {@code null} while the window is too short to tell. */
	Double unitsPerSecond() {
		if (samples.size() < 2) {
			return null;
		}
		Sample first = samples.peekFirst();
		Sample last = samples.peekLast();
		long span = last.atMillis() - first.atMillis();
		if (span < MIN_SPAN_MILLIS) {
			return null;
		}
		return (last.done() - first.done()) * 1000.0 / span;
	}

	/** The average over a whole run, for a job that has ended. */
	static Double average(long done, long elapsedMillis) {
		if (elapsedMillis <= 0 || done <= 0) {
			return null;
		}
		return done * 1000.0 / elapsedMillis;
	}

}
