package io.finseg.segmentindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The range scan behind every numeric condition of the index, checked row by row against the
 * plain comparison for each array width, at the edges of each width and across a word's tail.
 */
class PackedNumbersTest {

	private static final long[][] RANGES = { { -100, 50 }, { Long.MIN_VALUE, 0 }, { 0, Long.MAX_VALUE },
			{ Long.MIN_VALUE, Long.MAX_VALUE }, { 5, 4 }, { -5000, -5000 }, { 1L << 40, 1L << 41 },
			{ Integer.MIN_VALUE, Integer.MAX_VALUE }, { Short.MAX_VALUE, Short.MAX_VALUE + 1L }, { 127, 128 } };

	@Test
	void bytes() {
		assertEveryRange(new Random(1)::nextLong, r -> r % 128);
	}

	@Test
	void shorts() {
		assertEveryRange(new Random(2)::nextLong, r -> r % 32_768);
	}

	@Test
	void ints() {
		assertEveryRange(new Random(3)::nextLong, r -> r % (1L << 31));
	}

	@Test
	void longs() {
		assertEveryRange(new Random(4)::nextLong, r -> r >> 20);
	}

	@Test
	void theWidestValuesOfEachWidthAreFound() {
		long[] values = { Byte.MIN_VALUE, Byte.MAX_VALUE, Short.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE,
				Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE };
		for (int width = 2; width <= values.length; width += 2) {
			PackedNumbers numbers = new PackedNumbers(4);
			for (int i = 0; i < width; i++) {
				numbers.add(values[i]);
			}
			for (int i = 0; i < width; i++) {
				assertThat(rows(numbers.rowsBetween(values[i], values[i]), width)).as("value %d", values[i])
					.containsExactly(i);
			}
		}
	}

	private static void assertEveryRange(LongSupplier random, LongUnaryOperator narrow) {
		int size = 64 * 40 + 37;
		long[] values = new long[size];
		PackedNumbers numbers = new PackedNumbers(16);
		for (int i = 0; i < size; i++) {
			values[i] = narrow.applyAsLong(random.getAsLong());
			numbers.add(values[i]);
		}
		for (long[] range : RANGES) {
			long[] words = numbers.rowsBetween(range[0], range[1]);
			assertThat(words).hasSize((size + 63) / 64);
			for (int row = 0; row < size; row++) {
				boolean expected = values[row] >= range[0] && values[row] <= range[1];
				assertThat((words[row >>> 6] >>> row & 1) == 1).as("row %d, value %d, range [%d, %d]", row, values[row],
						range[0], range[1]).isEqualTo(expected);
			}
		}
	}

	private static List<Integer> rows(long[] words, int size) {
		List<Integer> rows = new ArrayList<>();
		for (int row = 0; row < size; row++) {
			if ((words[row >>> 6] >>> row & 1) == 1) {
				rows.add(row);
			}
		}
		return rows;
	}

}
