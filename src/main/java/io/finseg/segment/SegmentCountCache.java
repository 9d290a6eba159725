package io.finseg.segment;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.finseg.features.FeatureSnapshot;
import io.finseg.features.FeaturesRebuilt;

/**
 * Counts over the features table, kept per rule and feature snapshot. A features table is only
 * written while it is inactive (the rebuild fills the other one, then switches the pointer), so a
 * count of the same condition over the same snapshot stays true until the next rebuild. Without
 * this, every live-count keystroke and every member page scanned all customers again: under 50
 * concurrent users at a million customers that queued up to seconds (bench/RESULTS.md, load test).
 * Concurrent askers of the same count share one query instead of each scanning the table.
 */
@Component
class SegmentCountCache {

	private static final int MAX_ENTRIES = 2_000;

	private final Map<String, CompletableFuture<Object>> counts = new ConcurrentHashMap<>();

	@SuppressWarnings("unchecked")
	<T> T get(String question, FeatureSnapshot snapshot, CompiledRule rule, Supplier<T> query) {
		// The customer count is in the key too: an erasure removes a feature row without a rebuild.
		String key = question + "|" + snapshot.table().tableName() + "|" + snapshot.builtAt() + "|"
				+ snapshot.customers() + "|" + rule.condition()
				+ "|" + new TreeMap<>(rule.parameters());
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> existing = counts.putIfAbsent(key, mine);
		if (existing != null) {
			try {
				return (T) existing.join();
			}
			catch (CompletionException failed) {
				// the other asker's query failed: ask again ourselves
				return query.get();
			}
		}
		try {
			T value = query.get();
			mine.complete(value);
			return value;
		}
		catch (RuntimeException failure) {
			counts.remove(key, mine);
			mine.completeExceptionally(failure);
			throw failure;
		}
		finally {
			if (counts.size() > MAX_ENTRIES) {
				counts.clear();
			}
		}
	}

	@EventListener
	void on(FeaturesRebuilt event) {
		clear();
	}

	/** Custom attribute values live outside the features snapshot: their changes end every kept count. */
	@EventListener
	void on(CustomAttributesChanged event) {
		clear();
	}

	void clear() {
		counts.clear();
	}

}
