package io.finseg.profile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.profile.CustomerProfile.Activity;

/**
 * Puts a customer's profile together. Personal details, activity and household are read only
 * for people allowed to see them, and every such full view is written to the audit log.
 */
@Service
class CustomerProfiles {

	/** Features an analyst does not see: the exact age tells the date of birth nearly. */
	private static final List<String> PERSONAL_FEATURES = List.of("age");

	private final ProfileQueries queries;

	private final FeatureService features;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	CustomerProfiles(ProfileQueries queries, FeatureService features, AuditLog auditLog, JdbcClient jdbc, Clock clock) {
		this.queries = queries;
		this.features = features;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	CustomerProfile load(long id, boolean personal, int activityPage) {
		if (!queries.exists(id)) {
			throw new CustomerNotFoundException(id);
		}
		FeatureSnapshot snapshot = features.current();
		Map<String, Object> featureRow = new LinkedHashMap<>(queries.features(snapshot.table().tableName(), id));
		String city = jdbc.sql("SELECT city FROM customer WHERE customer_id = :id").param("id", id).query(String.class)
			.optional().orElse(null);
		String ageBand = (String) featureRow.get("age_band");
		LocalDate until = snapshot.asOf() != null ? snapshot.asOf() : LocalDate.now(clock);
		String spend = monthlySpendJson(queries.monthlySpend(id, until.withDayOfMonth(1).minusMonths(23)));
		List<CustomerProfile.Account> accounts = queries.accounts(id);
		String mix = balanceMixJson(accounts);
		if (!personal) {
			PERSONAL_FEATURES.forEach(featureRow::remove);
			return new CustomerProfile(id, ageBand, city, null, List.of(), List.of(), false, 0, List.of(), List.of(),
					List.of(), null, List.of(), featureRow, snapshot.asOf(), mix, spend);
		}
		List<Activity> activity = new ArrayList<>(queries.activity(id, activityPage));
		boolean more = activity.size() > ProfileQueries.ACTIVITY_PAGE;
		if (more) {
			activity.remove(activity.size() - 1);
		}
		auditLog.record(AuditAction.CUSTOMER_PROFILE_VIEWED, "CUSTOMER", id, null);
		return new CustomerProfile(id, ageBand, city, queries.details(id).orElseThrow(), accounts, activity, more,
				activityPage, queries.payments(id), queries.credit(id), queries.contacts(id),
				queries.consent(id).orElse(null), queries.household(id), featureRow, snapshot.asOf(), mix, spend);
	}

	/** {"labels":["2024-07",…],"values":[12.5,…]} for the monthly spend chart. */
	private static String monthlySpendJson(Map<String, BigDecimal> months) {
		return "{\"labels\":[%s],\"values\":[%s]}".formatted(
				months.keySet().stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",")),
				months.values().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",")));
	}

	/** Balance per account type (negative for what the customer owes). */
	private static String balanceMixJson(List<CustomerProfile.Account> accounts) {
		Map<String, BigDecimal> byType = new LinkedHashMap<>();
		accounts.forEach(a -> byType.merge(a.type(), a.balance(), BigDecimal::add));
		return "{\"labels\":[%s],\"values\":[%s]}".formatted(
				byType.keySet().stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",")),
				byType.values().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",")));
	}

}
