package io.finseg.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;

import io.finseg.features.FeatureTable;

/**
 * The room's SQL over the features table (aliased {@code f}): a compiled rule's count, members
 * and consent breakdown, whether one customer meets it, the overlap of rules and the numeric
 * attributes' ranges. Conditions and their bound values come only from the {@link RuleCompiler},
 * column names only from the {@link AttributeCatalogue}.
 */
@Repository
@NamedInterface(SegmentWings.NAME)
public class MemberQueries {

	private final JdbcClient jdbc;

	MemberQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SegmentCount count(FeatureTable table, CompiledRule compiled) {
		return jdbc.sql("""
				SELECT COUNT(*),
				  SUM(CASE WHEN f.contactable_email = TRUE THEN 1 ELSE 0 END),
				  SUM(CASE WHEN f.contactable_sms = TRUE THEN 1 ELSE 0 END),
				  SUM(CASE WHEN f.contactable_phone = TRUE THEN 1 ELSE 0 END),
				  SUM(CASE WHEN f.contactable_post = TRUE THEN 1 ELSE 0 END)
				FROM %s f WHERE %s""".formatted(table.tableName(), compiled.condition()))
			.params(compiled.parameters())
			.query((rs, row) -> new SegmentCount(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single();
	}

	/** The first {@code size} member ids in id order. */
	List<Long> first(FeatureTable table, CompiledRule compiled, int size) {
		return List.copyOf(jdbc.sql("SELECT f.customer_id FROM %s f WHERE %s ORDER BY f.customer_id LIMIT :size"
				.formatted(table.tableName(), compiled.condition()))
			.params(compiled.parameters())
			.param("size", size)
			.query(Long.class)
			.list());
	}

	/** Member ids in id order after {@code afterId} (keyset), at most {@code size}. */
	List<Long> after(FeatureTable table, CompiledRule compiled, long afterId, int size) {
		return jdbc.sql("SELECT f.customer_id FROM %s f WHERE %s AND f.customer_id > :after ORDER BY f.customer_id LIMIT :size"
			.formatted(table.tableName(), compiled.condition()))
			.params(compiled.parameters())
			.param("after", afterId)
			.param("size", size)
			.query(Long.class)
			.list();
	}

	/** The last {@code size} member ids before {@code beforeId}, in id order. */
	List<Long> before(FeatureTable table, CompiledRule compiled, long beforeId, int size) {
		List<Long> ids = new ArrayList<>(jdbc.sql("SELECT f.customer_id FROM %s f WHERE %s AND f.customer_id < :before ORDER BY f.customer_id DESC LIMIT :size"
			.formatted(table.tableName(), compiled.condition()))
			.params(compiled.parameters())
			.param("before", beforeId)
			.param("size", size)
			.query(Long.class)
			.list());
		Collections.reverse(ids);
		return ids;
	}

	/** Members per consent status: CONSENTED, REFUSED, UNKNOWN, REQUIREMENTS_NOT_MET. */
	Map<String, Long> consentBreakdown(FeatureTable table, CompiledRule compiled) {
		Map<String, Long> breakdown = new LinkedHashMap<>();
		List.of("CONSENTED", "REFUSED", "UNKNOWN", "REQUIREMENTS_NOT_MET").forEach(status -> breakdown.put(status, 0L));
		jdbc.sql("SELECT f.consent_status, COUNT(*) FROM %s f WHERE %s GROUP BY f.consent_status"
			.formatted(table.tableName(), compiled.condition()))
			.params(compiled.parameters())
			.query((rs, row) -> breakdown.put(rs.getString(1), rs.getLong(2)))
			.list();
		return Collections.unmodifiableMap(breakdown);
	}

	/** Whether the customer's features row meets the compiled rule. */
	public boolean meets(FeatureTable table, CompiledRule compiled, long customerId) {
		return jdbc.sql("SELECT COUNT(*) FROM %s f WHERE f.customer_id = :customer AND %s"
			.formatted(table.tableName(), compiled.condition()))
			.params(compiled.parameters())
			.param("customer", customerId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The one row a query about one customer gives ({@link RuleCompiler#behaviourOfCustomer}: the
	 * whole statement, with the customer as {@code :customer}).
	 */
	public <T> T ofCustomer(CompiledRule query, long customerId, RowMapper<T> row) {
		return jdbc.sql(query.condition())
			.params(query.parameters())
			.param("customer", customerId)
			.query(row)
			.single();
	}

	/**
	 * How many rows meet both of each pair of conditions, in one pass: {@code counts[i][j]}, the
	 * diagonal each condition alone. The conditions' parameter names must not collide.
	 */
	public long[][] inBoth(FeatureTable table, List<String> conditions, Map<String, Object> parameters) {
		int n = conditions.size();
		long[][] counts = new long[n][n];
		if (n == 0) {
			return counts;
		}
		List<String> sums = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int j = i; j < n; j++) {
				String both = i == j ? conditions.get(i) : "(" + conditions.get(i) + ") AND (" + conditions.get(j) + ")";
				sums.add("SUM(CASE WHEN " + both + " THEN 1 ELSE 0 END)");
			}
		}
		String sql = "SELECT " + String.join(",\n  ", sums) + "\nFROM " + table.tableName() + " f";
		jdbc.sql(sql).params(parameters).query(rs -> {
			int column = 1;
			for (int i = 0; i < n; i++) {
				for (int j = i; j < n; j++) {
					long both = rs.getLong(column++);
					counts[i][j] = both;
					counts[j][i] = both;
				}
			}
		});
		return counts;
	}

	/** The smallest and largest value of each column, in one row: MIN, MAX of the first, then of the next... */
	public <T> T minAndMax(FeatureTable table, List<String> columns, RowMapper<T> row) {
		// Column names from the catalogue, the table from the features pointer: nothing from input.
		String select = columns.stream().map(c -> "MIN(%s), MAX(%s)".formatted(c, c)).collect(Collectors.joining(", "));
		return jdbc.sql("SELECT %s FROM %s".formatted(select, table.tableName())).query(row).single();
	}

}
