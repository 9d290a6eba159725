package io.finseg.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inserts and reads audit entries, and nothing else: the log is append-only, so there is no
 * update or delete here (and deliberately no CrudRepository, whose save() of an existing id
 * updates).
 */
@Repository
class AuditRepository {

	private static final String COLUMNS = "id, occurred_at, actor, action, target_type, target_id, details, client_address";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	AuditRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	void insert(AuditEntry entry) {
		jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details, client_address)
				VALUES (:occurredAt, :actor, :action, :targetType, :targetId, :details, :clientAddress)""")
			.param("occurredAt", entry.occurredAt())
			.param("actor", entry.actor())
			.param("action", entry.action().name())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("details", entry.details())
			.param("clientAddress", entry.clientAddress())
			.update();
	}

	/** One page of entries, newest first. */
	List<AuditEntry> page(AuditQuery query, int size) {
		Filter filter = Filter.of(query);
		boolean backwards = query.after() != null;
		if (backwards) {
			filter.add("id > :after", "after", query.after());
		}
		else if (query.before() != null) {
			filter.add("id < :before", "before", query.before());
		}
		String sql = "SELECT %s FROM audit_log%s ORDER BY id %s LIMIT :limit".formatted(COLUMNS, filter.where(),
				backwards ? "ASC" : "DESC");
		filter.params().put("limit", size);
		List<AuditEntry> entries = new ArrayList<>(jdbc.sql(sql).params(filter.params()).query(AuditRepository::entry).list());
		if (backwards) {
			Collections.reverse(entries);
		}
		return entries;
	}

	long count(AuditQuery query) {
		Filter filter = Filter.of(query.withoutPaging());
		return jdbc.sql("SELECT COUNT(*) FROM audit_log%s".formatted(filter.where())).params(filter.params()).query(Long.class).single();
	}

	/** True when an entry newer than {@code id} (or older, when {@code newer} is false) matches. */
	boolean exists(AuditQuery query, long id, boolean newer) {
		Filter filter = Filter.of(query.withoutPaging());
		filter.add(newer ? "id > :edge" : "id < :edge", "edge", id);
		return !jdbc.sql("SELECT id FROM audit_log%s LIMIT 1".formatted(filter.where())).params(filter.params()).query(Long.class).list().isEmpty();
	}

	/** Streams every matching entry, newest first, without holding them in memory. */
	void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
		Filter filter = Filter.of(query.withoutPaging());
		String sql = "SELECT %s FROM audit_log%s ORDER BY id DESC".formatted(COLUMNS, filter.where());
		streaming.query(sql, filter.params(), (RowCallbackHandler) rs -> consumer.accept(entry(rs, 0)));
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getString("actor"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("details"), rs.getString("client_address"));
	}

	/** The WHERE clause of a query: fixed conditions from code, every value bound. */
	private record Filter(List<String> conditions, Map<String, Object> params) {

		static Filter of(AuditQuery query) {
			Filter filter = new Filter(new ArrayList<>(), new HashMap<>());
			if (query.hasActor()) {
				filter.add("actor = :actor", "actor", query.actor().trim());
			}
			if (query.action() != null) {
				filter.add("action = :action", "action", query.action().name());
			}
			if (query.from() != null) {
				filter.add("occurred_at >= :from", "from", query.from().atStartOfDay());
			}
			if (query.to() != null) {
				filter.add("occurred_at < :to", "to", query.to().plusDays(1).atStartOfDay());
			}
			return filter;
		}

		void add(String condition, String name, Object value) {
			conditions.add(condition);
			params.put(name, value);
		}

		String where() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}

	}

}
