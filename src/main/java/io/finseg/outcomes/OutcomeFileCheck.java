package io.finseg.outcomes;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.finseg.campaign.CampaignMembers;

/**
 * Reads an outcomes file and checks every line before anything is written: the columns, a
 * member of this campaign (target or holdout), a known outcome, a date between the freeze and
 * today, an optional value, and no customer with the same outcome twice. Keeps the first
 * {@value #SHOWN} problems and counts all.
 */
final class OutcomeFileCheck {

	static final int SHOWN = 100;

	static final List<String> REQUIRED = List.of("customer_id", "outcome", "date");

	static final String VALUE = "value";

	private static final BigDecimal MAX_VALUE = new BigDecimal("1E13");

	private final CampaignMembers members;

	private final LocalDate earliest;

	private final LocalDate latest;

	private final List<OutcomeProblem> shown = new ArrayList<>();

	private long problems;

	private OutcomeFileCheck(CampaignMembers members, LocalDate earliest, LocalDate latest) {
		this.members = members;
		this.earliest = earliest;
		this.latest = latest;
	}

	/** The rows when every line is right, else the problems and nothing else. */
	static Checked check(Reader file, CampaignMembers members, LocalDate frozenOn, LocalDate today) throws IOException {
		return new OutcomeFileCheck(members, frozenOn, today).read(file);
	}

	private Checked read(Reader file) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get();
		List<OutcomeRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(file, format)) {
			List<String> header = parser.getHeaderNames().stream()
				.map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
				.toList();
			if (!headerIsRight(header)) {
				return result(List.of());
			}
			Map<String, Integer> column = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				column.put(header.get(i), i);
			}
			Map<Long, Long> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				OutcomeRow row = row(record, record.getRecordNumber() + 1, column, seen);
				if (row != null) {
					rows.add(row);
				}
			}
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException malformed) {
			add(OutcomeProblem.at(0, null, "outcomes.problem.notCsv"));
		}
		if (rows.isEmpty() && problems == 0) {
			add(OutcomeProblem.at(0, null, "outcomes.problem.noRows"));
		}
		return result(rows);
	}

	private boolean headerIsRight(List<String> header) {
		for (String required : REQUIRED) {
			if (!header.contains(required)) {
				add(OutcomeProblem.at(1, required, "outcomes.problem.columnMissing", required));
			}
		}
		for (String name : header) {
			if (!REQUIRED.contains(name) && !VALUE.equals(name)) {
				add(OutcomeProblem.at(1, name, "outcomes.problem.columnUnknown", name));
			}
		}
		return problems == 0;
	}

	private OutcomeRow row(CSVRecord record, long line, Map<String, Integer> column, Map<Long, Long> seen) {
		long before = problems;
		String idText = value(record, column.get("customer_id"));
		Integer customer = null;
		try {
			long id = Long.parseLong(idText);
			if (!members.contains(id)) {
				add(OutcomeProblem.at(line, "customer_id", "outcomes.problem.notMember", idText));
			}
			else {
				customer = (int) id;
			}
		}
		catch (NumberFormatException e) {
			add(OutcomeProblem.at(line, "customer_id", "outcomes.problem.notCustomerId", idText));
		}
		String outcomeText = value(record, column.get("outcome"));
		Outcome outcome = Outcome.named(outcomeText).orElse(null);
		if (outcome == null) {
			add(OutcomeProblem.at(line, "outcome", "outcomes.problem.notOutcome", outcomeText,
					String.join(", ", Arrays.stream(Outcome.values()).map(Outcome::name).toList())));
		}
		LocalDate date = date(value(record, column.get("date")), line);
		BigDecimal amount = amount(column.containsKey(VALUE) ? value(record, column.get(VALUE)) : "", line);
		if (customer != null && outcome != null) {
			long key = ((long) customer << 3) | outcome.ordinal();
			Long first = seen.putIfAbsent(key, line);
			if (first != null) {
				add(OutcomeProblem.at(line, "outcome", "outcomes.problem.twice", customer, outcome.name(), first));
			}
		}
		return problems == before ? new OutcomeRow(customer, outcome, date, amount) : null;
	}

	private LocalDate date(String text, long line) {
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.isBefore(earliest) || date.isAfter(latest)) {
				add(OutcomeProblem.at(line, "date", "outcomes.problem.dateOutside", text, earliest, latest));
			}
			return date;
		}
		catch (DateTimeParseException e) {
			add(OutcomeProblem.at(line, "date", "outcomes.problem.notDate", text));
			return null;
		}
	}

	private BigDecimal amount(String text, long line) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(text);
			if (amount.scale() > 2 || amount.abs().compareTo(MAX_VALUE) >= 0) {
				add(OutcomeProblem.at(line, VALUE, "outcomes.problem.notAmount", text));
			}
			return amount;
		}
		catch (NumberFormatException e) {
			add(OutcomeProblem.at(line, VALUE, "outcomes.problem.notAmount", text));
			return null;
		}
	}

	private static String value(CSVRecord record, int index) {
		return index < record.size() ? record.get(index).strip() : "";
	}

	private void add(OutcomeProblem problem) {
		problems++;
		if (shown.size() < SHOWN) {
			shown.add(problem);
		}
	}

	private Checked result(List<OutcomeRow> rows) {
		return problems == 0 ? new Checked(rows, List.of(), 0) : new Checked(List.of(), List.copyOf(shown), problems);
	}

	/** Either the rows (no problems) or the first problems and how many there are in all. */
	record Checked(List<OutcomeRow> rows, List<OutcomeProblem> problems, long problemsTotal) {

		boolean valid() {
			return problemsTotal == 0;
		}

	}

}
