package io.finseg.features;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of one fixture customer computed in plain Java from the fixture's rows, straight
 * from the definitions in docs/features.md, sharing nothing with the SQL that builds them.
 */
final class ExpectedFeatures {

	private ExpectedFeatures() {
	}

	static Map<String, Object> of(FeatureFixture f, FeatureFixture.Customer c) {
		LocalDate asOf = f.asOf;
		LocalDateTime end = asOf.plusDays(1).atStartOfDay();
		Map<String, Object> e = new LinkedHashMap<>();
		Integer age = c.dob() == null ? null : years(c.dob(), asOf);
		List<FeatureFixture.Account> accounts = f.accounts.stream().filter(a -> a.customer() == c.id()).toList();
		Set<Integer> accountIds = new HashSet<>(accounts.stream().map(FeatureFixture.Account::id).toList());
		boolean mortgage = holds(accounts, "MORTGAGE");
		Set<Integer> others = new HashSet<>();
		boolean partner = false;
		for (FeatureFixture.Relation r : f.relations) {
			if (!List.of("SPOUSE", "PARTNER", "PARENT", "CHILD").contains(r.type())) {
				continue;
			}
			if (r.one() == c.id() || r.two() == c.id()) {
				others.add(r.one() == c.id() ? r.two() : r.one());
				partner |= r.type().equals("SPOUSE") || r.type().equals("PARTNER");
			}
		}
		e.put("age", age);
		e.put("age_band", age == null ? null : age < 18 ? "<18" : age < 25 ? "18-24" : age < 35 ? "25-34"
				: age < 45 ? "35-44" : age < 55 ? "45-54" : age < 65 ? "55-64" : "65+");
		e.put("life_stage", age == null ? null : age < 25 ? "STUDENT" : age >= 65 ? "RETIRED"
				: age < 50 && (mortgage || partner) ? "FAMILY" : age < 40 ? "YOUNG_PROFESSIONAL" : "ESTABLISHED");
		e.put("tenure_months", c.since() == null ? null : months(c.since(), asOf));
		e.put("income", c.income());
		e.put("products_count", (int) accounts.stream().filter(a -> !a.status().equals("CLOSED")).count());
		for (String type : FeatureFixture.TYPES) {
			e.put("has_" + type.toLowerCase(), holds(accounts, type));
			e.put(type.toLowerCase() + "_balance", sum(accounts.stream().filter(a -> a.type().equals(type))
				.map(FeatureFixture.Account::balance).toList()));
		}
		e.put("total_balance", sum(accounts.stream().map(FeatureFixture.Account::balance).toList()));
		List<FeatureFixture.Tx> txs = f.transactions.stream()
			.filter(t -> accountIds.contains(t.account()) && t.at().isBefore(end)).toList();
		for (int days : new int[] { 30, 90, 365 }) {
			List<BigDecimal> spent = txs.stream().filter(t -> t.type().equals("DEBIT") && !t.at().isBefore(end.minusDays(days)))
				.map(FeatureFixture.Tx::amount).toList();
			e.put("tx_count_" + days + "d", spent.size());
			e.put("tx_sum_" + days + "d", sum(spent));
			e.put("tx_avg_" + days + "d", spent.isEmpty() ? null
					: sum(spent).divide(BigDecimal.valueOf(spent.size()), 2, RoundingMode.HALF_UP));
		}
		e.put("customer_since", c.since());
		e.put("last_tx_date", txs.stream().map(FeatureFixture.Tx::at).max(LocalDateTime::compareTo)
			.map(LocalDateTime::toLocalDate).orElse(null));
		e.put("days_since_last_tx", txs.stream().map(FeatureFixture.Tx::at).max(LocalDateTime::compareTo)
			.map(last -> (int) ChronoUnit.DAYS.between(last.toLocalDate(), asOf)).orElse(null));
		List<BigDecimal> paid = f.payments.stream().filter(p -> accountIds.contains(p.account())
				&& !p.on().isAfter(asOf) && !p.on().isBefore(asOf.minusDays(89))).map(FeatureFixture.Payment::amount).toList();
		e.put("payment_count_90d", paid.size());
		e.put("payment_sum_90d", sum(paid));
		FeatureFixture.Credit latest = f.credits.stream().filter(r -> r.customer() == c.id() && !r.reportedOn().isAfter(asOf))
			.max((a, b) -> a.reportedOn().equals(b.reportedOn()) ? Integer.compare(a.id(), b.id())
					: a.reportedOn().compareTo(b.reportedOn()))
			.orElse(null);
		e.put("credit_score", latest == null ? null : latest.score());
		e.put("credit_limit", latest == null ? null : latest.limit());
		e.put("credit_utilization", latest == null ? null : latest.utilization());
		e.put("late_payments_12m", latest == null ? null : latest.late());
		List<FeatureFixture.Message> messages = f.messages.stream().filter(m -> m.customer() == c.id() && m.at().isBefore(end))
			.toList();
		e.put("comms_90d", (int) messages.stream().filter(m -> !m.at().isBefore(end.minusDays(90))).count());
		e.put("days_since_last_contact", messages.stream().map(FeatureFixture.Message::at).max(LocalDateTime::compareTo)
			.map(last -> (int) ChronoUnit.DAYS.between(last.toLocalDate(), asOf)).orElse(null));
		long outbound = messages.stream().filter(m -> m.direction().equals("OUTBOUND")).count();
		long responded = messages.stream().filter(m -> m.direction().equals("OUTBOUND")
				&& (m.outcome().equals("CLICKED") || m.outcome().equals("RESPONDED"))).count();
		e.put("response_rate", outbound == 0 ? null
				: BigDecimal.valueOf(responded).divide(BigDecimal.valueOf(outbound), 4, RoundingMode.HALF_UP));
		e.put("household_size", 1 + others.size());
		e.put("has_online_banking", f.online.contains(c.id()));
		FeatureFixture.Consent consent = f.consents.stream().filter(k -> k.customer() == c.id()).findFirst().orElse(null);
		e.put("consent_status", consent == null ? "UNKNOWN" : !consent.given() || consent.doNotContact() ? "REFUSED"
				: !consent.requirements() ? "REQUIREMENTS_NOT_MET" : "CONSENTED");
		boolean open = consent != null && consent.given() && !consent.doNotContact() && consent.requirements();
		e.put("contactable_email", open && consent.email());
		e.put("contactable_sms", open && consent.sms());
		e.put("contactable_phone", open && consent.phone());
		e.put("contactable_post", open && consent.post());
		return e;
	}

	private static boolean holds(List<FeatureFixture.Account> accounts, String type) {
		return accounts.stream().anyMatch(a -> a.type().equals(type) && !a.status().equals("CLOSED"));
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whole years from one date to another: a birthday counts on its day. */
	static int years(LocalDate from, LocalDate to) {
		int years = to.getYear() - from.getYear();
		boolean beforeAnniversary = to.getMonthValue() < from.getMonthValue()
				|| (to.getMonthValue() == from.getMonthValue() && to.getDayOfMonth() < from.getDayOfMonth());
		return beforeAnniversary ? years - 1 : years;
	}

	static int months(LocalDate from, LocalDate to) {
		int months = (to.getYear() * 12 + to.getMonthValue()) - (from.getYear() * 12 + from.getMonthValue());
		return to.getDayOfMonth() < from.getDayOfMonth() ? months - 1 : months;
	}

}
