package io.finseg.segment.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.segment.CompiledRule;
import io.finseg.segment.IndexedCounts;
import io.finseg.segment.MemberQueries;
import io.finseg.segment.RuleCompiler;
import io.finseg.segment.RuleException;
import io.finseg.segment.RuleNode;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentRepository;
import io.finseg.segment.SegmentRules;

/**
 * How many customers each pair of segments shares, in one pass over the features table: every
 * rule is compiled into one parameter space ({@code s0_p1}, {@code s1_p1}, …) and each pair is a
 * {@code SUM(CASE WHEN a AND b …)} of the same query. When the {@link IndexedCounts} index holds
 * every compared rule, the pairs are bitmap intersections instead.
 */
@Service
public class SegmentOverlap {

	static final int MAX_SEGMENTS = 8;

	private final RuleCompiler compiler;

	private final SegmentRepository segments;

	private final FeatureService features;

	private final MemberQueries queries;

	private final ObjectProvider<IndexedCounts> index;

	SegmentOverlap(RuleCompiler compiler, SegmentRepository segments, FeatureService features, MemberQueries queries,
			ObjectProvider<IndexedCounts> index) {
		this.index = index;
		this.compiler = compiler;
		this.segments = segments;
		this.features = features;
		this.queries = queries;
	}

	/**
	 * The overlap matrix of the segments whose rules compile; the others are returned with their
	 * problem. {@code counts[i][j]} = members of both i and j; the diagonal is each one's size.
	 */
	@Transactional(readOnly = true)
	public Overlap of(List<Segment> chosen) {
		return of(chosen, true);
	}

	/** The overlap by SQL alone, whatever the index holds: the oracle the index is tested against. */
	@Transactional(readOnly = true)
	public Overlap bySql(List<Segment> chosen) {
		return of(chosen, false);
	}

	private Overlap of(List<Segment> chosen, boolean indexAllowed) {
		if (chosen.size() > MAX_SEGMENTS) {
			throw new IllegalArgumentException("At most " + MAX_SEGMENTS + " segments, not " + chosen.size());
		}
		List<Segment> compared = new ArrayList<>();
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new HashMap<>();
		Map<Segment, RuleException> problems = new HashMap<>();
		Map<Long, Optional<RuleNode>> read = new HashMap<>();
		SegmentRules rules = id -> read.computeIfAbsent(id, segments::ruleOf);
		for (Segment segment : chosen) {
			try {
				CompiledRule rule = compiler.compile(segment.rule(), rules, segment.id(), "s" + compared.size() + "_");
				conditions.add(rule.condition());
				parameters.putAll(rule.parameters());
				compared.add(segment);
			}
			catch (RuleException e) {
				problems.put(segment, e);
			}
		}
		FeatureSnapshot snapshot = features.current();
		Optional<long[][]> indexed = indexAllowed ? indexedCounts(compared, snapshot, rules) : Optional.empty();
		return new Overlap(compared, indexed.orElseGet(() -> queries.inBoth(snapshot.table(), conditions, parameters)), problems);
	}

	private Optional<long[][]> indexedCounts(List<Segment> compared, FeatureSnapshot snapshot, SegmentRules rules) {
		IndexedCounts counts = index.getIfAvailable();
		if (counts == null) {
			return Optional.empty();
		}
		List<IndexedCounts.IndexedMembers> members = new ArrayList<>();
		for (Segment segment : compared) {
			Optional<IndexedCounts.IndexedMembers> held = counts.members(segment.rule(), rules, snapshot);
			if (held.isEmpty()) {
				return Optional.empty();
			}
			members.add(held.get());
		}
		int n = members.size();
		long[][] both = new long[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i; j < n; j++) {
				both[i][j] = i == j ? members.get(i).count().customers() : members.get(i).inBoth(members.get(j));
				both[j][i] = both[i][j];
			}
		}
		return Optional.of(both);
	}

	/** Compared segments in the order chosen, their pairwise counts, and the ones left out. */
	public record Overlap(List<Segment> segments, long[][] counts, Map<Segment, RuleException> problems) {
	}

}
