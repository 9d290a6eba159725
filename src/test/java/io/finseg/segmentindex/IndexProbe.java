package io.finseg.segmentindex;

import java.time.Duration;

import org.springframework.context.ApplicationContext;

import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;

/** For benchmarks outside this package: waits for the index, builds one more, tells its size. */
public final class IndexProbe {

	private static final IndexLoader.Progress QUIET = new IndexLoader.Progress() {
		@Override
		public void rows(long done, long total) {
		}

		@Override
		public boolean stopRequested() {
			return false;
		}
	};

	private IndexProbe() {
	}

	/** Waits until the live index holds the current features snapshot. */
	public static void awaitReady(ApplicationContext context, Duration timeout) throws InterruptedException {
		SegmentIndex index = context.getBean(SegmentIndex.class);
		FeatureService features = context.getBean(FeatureService.class);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!index.current().map(i -> i.holds(features.current())).orElse(false)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The segment index is not ready after " + timeout);
			}
			Thread.sleep(100);
		}
	}

	/** A second, complete index of the current snapshot, held by nobody but the caller. */
	/** Makes the next count of every rule evaluate it again, as the first count of a rule does. */
	public static void forgetKeptRules(ApplicationContext context) {
		context.getBean(SegmentIndex.class).current().ifPresent(ColumnIndex::forgetRules);
	}

	public static Object buildAnother(ApplicationContext context) {
		FeatureSnapshot snapshot = context.getBean(FeatureService.class).current();
		return context.getBean(IndexLoader.class).load(snapshot, QUIET);
	}

	/** The index's size as counted from its arrays and bitmaps. */
	public static long countedBytes(Object index) {
		return ((ColumnIndex) index).bytes();
	}

	public static int rows(Object index) {
		return ((ColumnIndex) index).rows();
	}

}
