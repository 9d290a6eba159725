package io.finseg.segmentindex;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.roaringbitmap.RoaringBitmap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.finseg.features.FeatureSnapshot;
import io.finseg.segment.CompiledRule;
import io.finseg.segment.IndexedCounts;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentRules;

/**
 * The live segment index: one complete {@link ColumnIndex}, replaced whole when a new one is
 * complete (readers keep whichever they took), answering only for the snapshot it was built
 * from. Asked about another snapshot (the pointer moved, here or on another instance), it
 * answers nothing, so SQL counts, and has the current snapshot built.
 */
@Component
class SegmentIndex implements IndexedCounts {

	private final IndexEvaluator evaluator;

	private final ObjectProvider<IndexBuilds> builds;

	private final boolean enabled;

	private volatile ColumnIndex current;

	/** Customers erased while a build runs: the build may have read them before. */
	private final Set<Long> erasedDuringBuild = new HashSet<>();

	private boolean building;

	SegmentIndex(IndexEvaluator evaluator, ObjectProvider<IndexBuilds> builds,
			@Value("${finseg.segment-index.enabled:true}") boolean enabled) {
		this.evaluator = evaluator;
		this.builds = builds;
		this.enabled = enabled;
	}

	@Override
	public Optional<IndexedMembers> members(RuleNode rule, SegmentRules segments, FeatureSnapshot snapshot) {
		return holding(snapshot).flatMap(index -> evaluator.rows(rule, segments, index)
			.map(rows -> new IndexedRows(index, RoaringBitmap.and(rows, index.live()))));
	}

	@Override
	public Optional<IndexedMembers> members(RuleNode rule, SegmentRules segments, FeatureSnapshot snapshot,
			CompiledRule sameRule) {
		return holding(snapshot).flatMap(index -> index.rowsOf(sameRule, () -> evaluator.rows(rule, segments, index))
			.map(rows -> new IndexedRows(index, RoaringBitmap.and(rows, index.live()))));
	}

	/** The index readers take, if it holds {@code snapshot}; if not, it has that one built. */
	private Optional<ColumnIndex> holding(FeatureSnapshot snapshot) {
		if (!enabled) {
			return Optional.empty();
		}
		ColumnIndex index = current;
		if (index == null || !index.holds(snapshot)) {
			builds.ifAvailable(b -> b.buildIfMissing(snapshot));
			return Optional.empty();
		}
		return Optional.of(index);
	}

	boolean enabled() {
		return enabled;
	}

	/** The index readers take now: the previous one until a build is complete. */
	Optional<ColumnIndex> current() {
		return Optional.ofNullable(current);
	}

	synchronized void buildStarted() {
		building = true;
		erasedDuringBuild.clear();
	}

	/** Makes a complete index the one readers take, without the customers erased meanwhile. */
	synchronized void publish(ColumnIndex built) {
		erasedDuringBuild.forEach(built::erase);
		erasedDuringBuild.clear();
		building = false;
		current = built;
	}

	synchronized void buildEnded() {
		building = false;
		erasedDuringBuild.clear();
	}

	/** Takes an erased customer out of the live index, and out of the one being built. */
	synchronized void erase(long customerId) {
		ColumnIndex index = current;
		if (index != null) {
			index.erase(customerId);
		}
		if (building) {
			erasedDuringBuild.add(customerId);
		}
	}

}
