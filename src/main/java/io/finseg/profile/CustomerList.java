package io.finseg.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.customer.CustomerDataChanged;
import io.finseg.features.CustomerRow;
import io.finseg.features.FeatureService;
import io.finseg.features.FeaturesRebuilt;

/**
 * The customer list: a page of rows in the requested order, Previous and Next, and the total,
 * which is counted once per search and kept until the data or the features change.
 */
@Service
class CustomerList {

	static final int PAGE_SIZE = 50;

	private static final int MAX_CACHED_TOTALS = 1000;

	private final CustomerDirectory directory;

	private final FeatureService features;

	private final Map<String, Long> totals = new ConcurrentHashMap<>();

	CustomerList(CustomerDirectory directory, FeatureService features) {
		this.directory = directory;
		this.features = features;
	}

	@Transactional(readOnly = true)
	CustomerPage page(CustomerQuery requested, boolean personalDetails) {
		CustomerQuery query = requested.cleaned(personalDetails);
		String table = features.current().table().tableName();
		List<CustomerRow> rows = new ArrayList<>(directory.page(query, table, PAGE_SIZE));
		boolean backwards = query.after() == null && query.before() != null;
		boolean more = rows.size() > PAGE_SIZE;
		if (more) {
			rows.remove(backwards ? 0 : rows.size() - 1);
		}
		String previous = null;
		String next = null;
		if (!rows.isEmpty()) {
			previous = backwards ? (more ? keyset(query, rows.get(0)) : null)
					: (query.after() != null ? keyset(query, rows.get(0)) : null);
			next = backwards ? keyset(query, rows.get(rows.size() - 1)) : (more ? keyset(query, rows.get(rows.size() - 1)) : null);
		}
		long total = totals.computeIfAbsent(query.countKey() + "|" + table, key -> directory.count(query, table));
		if (totals.size() > MAX_CACHED_TOTALS) {
			totals.clear();
		}
		List<CustomerRow> shown = personalDetails ? rows : rows.stream().map(CustomerRow::withoutPersonalDetails).toList();
		return new CustomerPage(shown, total, previous, next);
	}

	@EventListener
	void on(CustomerDataChanged event) {
		totals.clear();
	}

	@EventListener
	void on(FeaturesRebuilt event) {
		totals.clear();
	}

	private static String keyset(CustomerQuery query, CustomerRow row) {
		return new Keyset(query.sort().equals("name") ? row.name() : null, row.id()).token();
	}

}
