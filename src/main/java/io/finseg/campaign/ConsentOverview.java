package io.finseg.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.consent.ConsentStatus;
import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.features.FeaturesRebuilt;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentService;

/**
 * Consent across all customers and per segment, and the customers whose record is missing or stale.
 * The breakdown over all customers reads the whole features table, so it is kept per feature
 * snapshot: the home dashboard and this page show it on every view, and it changes only with a
 * rebuild (or an erasure, which changes the snapshot's customer count).
 */
@Service
public class ConsentOverview {

	static final int STALE_AFTER_YEARS = 2;

	static final int LIST_SIZE = 50;

	private final ConsentQueries queries;

	private final FeatureService features;

	private final SegmentService segments;

	private final Clock clock;

	private final AtomicReference<CachedBreakdown> allCustomers = new AtomicReference<>();

	ConsentOverview(ConsentQueries queries, FeatureService features, SegmentService segments, Clock clock) {
		this.queries = queries;
		this.features = features;
		this.segments = segments;
		this.clock = clock;
	}

	/** Customers by consent status, and contactable per channel, over all customers. */
	@Transactional(readOnly = true)
	public Breakdown all() {
		FeatureSnapshot snapshot = features.current();
		CachedBreakdown cached = allCustomers.get();
		if (cached != null && cached.snapshot().equals(snapshot)) {
			return cached.breakdown();
		}
		Breakdown counted = countAll(snapshot.table().tableName());
		allCustomers.set(new CachedBreakdown(snapshot, counted));
		return counted;
	}

	@EventListener
	void on(FeaturesRebuilt event) {
		allCustomers.set(null);
	}

	private Breakdown countAll(String table) {
		Map<String, Long> statuses = emptyStatuses();
		queries.countStatuses(table, statuses);
		long[] channels = queries.countContactable(table);
		return new Breakdown("", statuses, channels);
	}

	/** The same for every saved segment whose rule can be counted. */
	@Transactional(readOnly = true)
	List<Breakdown> perSegment() {
		List<Breakdown> breakdowns = new ArrayList<>();
		for (Segment segment : segments.all()) {
			try {
				var rule = segment.rule();
				var count = segments.count(rule, segment.id());
				breakdowns.add(new Breakdown(segment.name(), segments.consentBreakdown(rule, segment.id()),
						new long[] { count.email(), count.sms(), count.phone(), count.post() }));
			}
			catch (RuntimeException unusable) {
				// A segment whose rule no longer compiles has no breakdown; its own page says why.
			}
		}
		return breakdowns;
	}

	/** Customers without a consent record, or whose record was last updated over two years ago. */
	@Transactional(readOnly = true)
	StaleConsent stale(long afterId) {
		LocalDate cutoff = LocalDate.now(clock).minusYears(STALE_AFTER_YEARS);
		long total = queries.countStale(cutoff.atStartOfDay());
		List<StaleRow> rows = queries.stale(cutoff.atStartOfDay(), afterId, LIST_SIZE);
		return new StaleConsent(total, cutoff, rows);
	}

	private static Map<String, Long> emptyStatuses() {
		Map<String, Long> statuses = new LinkedHashMap<>();
		for (ConsentStatus status : ConsentStatus.values()) {
			statuses.put(status.name(), 0L);
		}
		return statuses;
	}

	/** Customers by consent status and contactable per channel (email, SMS, phone, post). */
	public record Breakdown(String name, Map<String, Long> statuses, long[] contactable) {

		public long total() {
			return statuses.values().stream().mapToLong(Long::longValue).sum();
		}

		public double percent(long part) {
			return total() == 0 ? 0 : 100.0 * part / total();
		}

	}

	private record CachedBreakdown(FeatureSnapshot snapshot, Breakdown breakdown) {
	}

	/** A customer without a current consent record: last updated on, or null when there is none. */
	public record StaleRow(long customerId, LocalDate updatedOn) {
	}

	public record StaleConsent(long total, LocalDate cutoff, List<StaleRow> rows) {
	}

}
