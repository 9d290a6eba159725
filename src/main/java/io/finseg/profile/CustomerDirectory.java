package io.finseg.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.finseg.features.CustomerRow;

/**
 * Searches and pages the customers. Search is a prefix match on an indexed column (or an id),
 * paging is by keyset on (sort column, id), so the page after row 500,000 costs what the first
 * does. Column names come from {@link CustomerQuery}'s fixed lists; every value is bound.
 */
@Repository
class CustomerDirectory {

	private final JdbcClient jdbc;

	CustomerDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CustomerRow> page(CustomerQuery query, String featuresTable, int size) {
		Where where = where(query);
		String sortColumn = query.sort().equals("name") ? "c.name" : "c.customer_id";
		boolean descending = query.dir().equals("desc");
		Keyset after = Keyset.parse(query.after());
		Keyset before = Keyset.parse(query.before());
		boolean backwards = after == null && before != null;
		Keyset edge = backwards ? before : after;
		if (edge != null) {
			boolean greater = descending == backwards;
			String op = greater ? ">" : "<";
			if (sortColumn.equals("c.name")) {
				where.add("(c.name %s= :edgeValue AND (c.name %s :edgeValue OR c.customer_id %s :edgeId))".formatted(op, op, op));
				where.params.put("edgeValue", edge.value());
			}
			else {
				where.add("c.customer_id %s :edgeId".formatted(op));
			}
			where.params.put("edgeId", edge.id());
		}
		String order = (descending != backwards) ? "DESC" : "ASC";
		String sql = """
				SELECT c.customer_id, c.name, c.email, c.city, f.age_band, f.life_stage, f.consent_status, f.rfm_group,
				       f.total_balance
				FROM customer c %s JOIN %s f ON f.customer_id = c.customer_id
				%s
				ORDER BY %s %s, c.customer_id %s
				LIMIT :limit""".formatted(query.filtersOnFeatures() ? "" : "LEFT", featuresTable, where.sql(),
				sortColumn, order, order);
		where.params.put("limit", size + 1);
		List<CustomerRow> rows = new ArrayList<>(jdbc.sql(sql).params(where.params).query(CustomerDirectory::row).list());
		if (backwards) {
			Collections.reverse(rows);
		}
		return rows;
	}

	long count(CustomerQuery query, String featuresTable) {
		Where where = where(query);
		String from = query.filtersOnFeatures()
				? "customer c JOIN %s f ON f.customer_id = c.customer_id".formatted(featuresTable) : "customer c";
		return jdbc.sql("SELECT COUNT(*) FROM %s %s".formatted(from, where.sql())).params(where.params)
			.query(Long.class).single();
	}

	private static Where where(CustomerQuery query) {
		Where where = new Where();
		if (query.q() != null) {
			if (query.field().equals("id")) {
				where.add("c.customer_id = :id");
				where.params.put("id", parseId(query.q()));
			}
			else {
				// The field is one of name, email, city (CustomerQuery.FIELDS); the prefix is bound.
				where.add("c.%s LIKE CONCAT(:prefix, '%%') ESCAPE '!'".formatted(query.field()));
				where.params.put("prefix", escapeLike(query.q()));
			}
		}
		if (query.product() != null) {
			where.add("f.has_%s = TRUE".formatted(query.product()));
		}
		if (query.consent() != null) {
			where.add("f.consent_status = :consent");
			where.params.put("consent", query.consent());
		}
		if (query.stage() != null) {
			where.add("f.life_stage = :stage");
			where.params.put("stage", query.stage());
		}
		if (query.rfm() != null) {
			where.add("f.rfm_group = :rfm");
			where.params.put("rfm", query.rfm());
		}
		return where;
	}

	/** % and _ (and the escape character itself) match only themselves. */
	static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static long parseId(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static CustomerRow row(ResultSet rs, int row) throws SQLException {
		return new CustomerRow(rs.getLong("customer_id"), rs.getString("name"), rs.getString("email"),
				rs.getString("city"), rs.getString("age_band"), rs.getString("life_stage"), rs.getString("consent_status"),
				rs.getString("rfm_group"), rs.getBigDecimal("total_balance"));
	}

	private static final class Where {

		final List<String> conditions = new ArrayList<>();

		final Map<String, Object> params = new HashMap<>();

		void add(String condition) {
			conditions.add(condition);
		}

		String sql() {
			return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
		}

	}

}
