package io.finseg.attributes;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import io.finseg.attributes.AttributeKind.StoredValue;

/**
 * Writes values in batches: each (customer, key) of a batch is deleted, then the ones with a value
 * inserted, so that a later line wins and a blank value removes one (portable: no upsert syntax).
 * For customers created by the same import there is nothing to replace, so the deletes are left
 * out. The caller holds the transaction.
 */
final class AttributeValueWriter {

	static final int BATCH = 1000;

	private static final String DELETE = "DELETE FROM customer_attribute WHERE customer_id = :customer AND attribute_key = :key";

	private static final String INSERT = """
			INSERT INTO customer_attribute (customer_id, attribute_key, number_value, text_value, date_value)
			VALUES (:customer, :key, :number, :text, :date)""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Map<String, SqlParameterSource> pending = new LinkedHashMap<>();

	private final boolean replacing;

	private long written;

	/** @param replacing false when the customers are new and hold no values yet */
	AttributeValueWriter(NamedParameterJdbcTemplate jdbc, boolean replacing) {
		this.jdbc = jdbc;
		this.replacing = replacing;
	}

	void add(long customerId, String key, StoredValue value) {
		MapSqlParameterSource row = new MapSqlParameterSource().addValue("customer", customerId)
			.addValue("key", key)
			.addValue("number", value.number(), Types.DECIMAL)
			.addValue("text", value.text(), Types.VARCHAR)
			.addValue("date", value.date(), Types.DATE)
			.addValue("none", value.isNone());
		pending.remove(customerId + "|" + key);
		pending.put(customerId + "|" + key, row);
		if (pending.size() >= BATCH) {
			flush();
		}
	}

	void flush() {
		if (pending.isEmpty()) {
			return;
		}
		List<SqlParameterSource> rows = new ArrayList<>(pending.values());
		if (replacing) {
			jdbc.batchUpdate(DELETE, rows.toArray(SqlParameterSource[]::new));
		}
		SqlParameterSource[] values = rows.stream().filter(row -> !(Boolean) row.getValue("none"))
			.toArray(SqlParameterSource[]::new);
		if (values.length > 0) {
			jdbc.batchUpdate(INSERT, values);
		}
		written += rows.size();
		pending.clear();
	}

	long written() {
		return written;
	}

}
