package io.finseg.segment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.features.FeatureTable;

/**
 * Counts and lists the customers a rule matches, over the active features table, and keeps the
 * saved segments. Every rule goes through the {@link RuleCompiler} first; counts then come from the
 * {@link IndexedCounts} index when it holds the current snapshot, and from SQL otherwise.
 */
@Service
public class SegmentService {

	private final RuleCompiler compiler;

	private final SegmentRepository segments;

	private final FeatureService features;

	private final MemberQueries queries;

	private final Clock clock;

	private final SegmentCountCache countCache;

	private final ObjectProvider<IndexedCounts> index;

	SegmentService(RuleCompiler compiler, SegmentRepository segments, FeatureService features, MemberQueries queries,
			Clock clock, SegmentCountCache countCache, ObjectProvider<IndexedCounts> index) {
		this.countCache = countCache;
		this.index = index;
		this.compiler = compiler;
		this.segments = segments;
		this.features = features;
		this.queries = queries;
		this.clock = clock;
	}

	/** Checks a rule: compiles it, so any problem comes back as a {@link RuleException}. */
	public CompiledRule check(RuleNode rule, Long segmentId) {
		return compiler.compile(rule, segments::ruleOf, segmentId);
	}

	// No transaction: one statement, and whoever waits for a count another request is computing
	// must not hold a pooled connection meanwhile.
	public SegmentCount count(RuleNode rule, Long segmentId) {
		FeatureSnapshot snapshot = features.current();
		SegmentRules rules = rulesReadOnce();
		CompiledRule compiled = compiler.compile(rule, rules, segmentId);
		return indexed(rule, snapshot, rules, compiled).map(IndexedCounts.IndexedMembers::count)
			.orElseGet(() -> sqlCount(snapshot, compiled));
	}

	/** The count by SQL alone, whatever the index holds: the oracle the index is tested against. */
	SegmentCount countBySql(RuleNode rule, Long segmentId) {
		FeatureSnapshot snapshot = features.current();
		return sqlCount(snapshot, compiler.compile(rule, segments::ruleOf, segmentId));
	}

	/** The members of a compiled rule as the index holds them, if it holds the snapshot and can. */
	Optional<IndexedCounts.IndexedMembers> indexed(RuleNode rule, FeatureSnapshot snapshot) {
		return indexed(rule, snapshot, segments::ruleOf);
	}

	private Optional<IndexedCounts.IndexedMembers> indexed(RuleNode rule, FeatureSnapshot snapshot, SegmentRules rules) {
		IndexedCounts counts = index.getIfAvailable();
		return counts == null ? Optional.empty() : counts.members(rule, rules, snapshot);
	}

	private Optional<IndexedCounts.IndexedMembers> indexed(RuleNode rule, FeatureSnapshot snapshot, SegmentRules rules,
			CompiledRule compiled) {
		IndexedCounts counts = index.getIfAvailable();
		return counts == null ? Optional.empty() : counts.members(rule, rules, snapshot, compiled);
	}

	/** Referenced segments' rules read once per question: the compiler and the index both follow them. */
	SegmentRules rulesReadOnce() {
		Map<Long, Optional<RuleNode>> read = new HashMap<>();
		return id -> read.computeIfAbsent(id, segments::ruleOf);
	}

	private SegmentCount sqlCount(FeatureSnapshot snapshot, CompiledRule compiled) {
		return countCache.get("count", snapshot, compiled, () -> queries.count(snapshot.table(), compiled));
	}

	/** The first members in id order, kept like counts: the builder shows them after every change. */
	public List<Long> firstMembers(RuleNode rule, Long segmentId, int size) {
		FeatureSnapshot snapshot = features.current();
		SegmentRules rules = rulesReadOnce();
		CompiledRule compiled = compiler.compile(rule, rules, segmentId);
		Optional<IndexedCounts.IndexedMembers> indexed = indexed(rule, snapshot, rules, compiled);
		if (indexed.isPresent()) {
			return indexed.get().first(size);
		}
		return countCache.get("first " + size, snapshot, compiled, () -> queries.first(snapshot.table(), compiled, size));
	}

	/** Member ids in id order after {@code afterId} (keyset), at most {@code size}. */
	@Transactional(readOnly = true)
	public List<Long> members(RuleNode rule, Long segmentId, long afterId, int size) {
		FeatureTable table = features.current().table();
		CompiledRule compiled = compiler.compile(rule, segments::ruleOf, segmentId);
		return queries.after(table, compiled, afterId, size);
	}

	/** The last {@code size} member ids before {@code beforeId}, in id order: the keyset page backwards. */
	@Transactional(readOnly = true)
	public List<Long> membersBefore(RuleNode rule, Long segmentId, long beforeId, int size) {
		FeatureTable table = features.current().table();
		CompiledRule compiled = compiler.compile(rule, segments::ruleOf, segmentId);
		return queries.before(table, compiled, beforeId, size);
	}

	/** Members per consent status: CONSENTED, REFUSED, UNKNOWN, REQUIREMENTS_NOT_MET. */
	public Map<String, Long> consentBreakdown(RuleNode rule, Long segmentId) {
		FeatureSnapshot snapshot = features.current();
		SegmentRules rules = rulesReadOnce();
		CompiledRule compiled = compiler.compile(rule, rules, segmentId);
		return indexed(rule, snapshot, rules, compiled).map(IndexedCounts.IndexedMembers::consentBreakdown)
			.orElseGet(() -> countCache.get("consent", snapshot, compiled, () -> queries.consentBreakdown(snapshot.table(), compiled)));
	}

	/** The consent breakdown by SQL alone: the oracle the index is tested against. */
	Map<String, Long> consentBreakdownBySql(RuleNode rule, Long segmentId) {
		FeatureSnapshot snapshot = features.current();
		return queries.consentBreakdown(snapshot.table(), compiler.compile(rule, segments::ruleOf, segmentId));
	}

	@Transactional
	public long create(String name, String description, Purpose purpose, String owner, RuleNode rule) {
		check(rule, null);
		return segments.insert(name, description, purpose, owner, rule, LocalDateTime.now(clock));
	}

	@Transactional
	public void update(long id, int version, String name, String description, Purpose purpose, RuleNode rule,
			String by) {
		check(rule, id);
		segments.update(id, version, name, description, purpose, rule, by, LocalDateTime.now(clock));
	}

	/**
	 * A saved segment's membership as SQL for other rooms to embed: the active features table and
	 * the rule as a condition over its alias {@code f}, with the parameters to bind.
	 */
	@Transactional(readOnly = true)
	public Membership membership(long segmentId) {
		return new Membership(features.current().table().tableName(), compiledCondition(segmentId));
	}

	/** Every saved segment's id and name, by name. */
	@Transactional(readOnly = true)
	public List<SegmentChoice> choices() {
		return segments.choices();
	}

	/** The features table to select from (as {@code f}) and the condition on it. */
	public record Membership(String featuresTable, CompiledRule rule) {
	}

	/**
	 * Deletes a segment and its size history, unless someone changed it since {@code version} was
	 * read. Whether anything still uses it is the caller's question (the pages wing asks).
	 */
	@Transactional
	public void delete(long id, int version) {
		get(id);
		segments.delete(id, version);
	}

	/** Every saved segment, by name. */
	@Transactional(readOnly = true)
	public List<Segment> all() {
		return segments.all();
	}

	@Transactional(readOnly = true)
	public Segment get(long id) {
		return segments.find(id).orElseThrow(() -> new SegmentNotFoundException(id));
	}

	/**
	 * A saved segment's rule as one condition over the features table aliased {@code f}, with its
	 * bound values: for other rooms that read the members in their own batches (clustering).
	 */
	@Transactional(readOnly = true)
	public CompiledRule compiledCondition(long segmentId) {
		return compiler.compile(get(segmentId).rule(), segments::ruleOf, segmentId);
	}

	/** Every saved segment, by name: e.g. to choose a population. */
	@Transactional(readOnly = true)
	public List<Segment> allByName() {
		return segments.all().stream().sorted(Comparator.comparing(Segment::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

}
