package io.finseg.outcomes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The outcome uploads and outcome rows of campaigns. */
@Repository
class OutcomeRepository {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	OutcomeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keys {@code customerId << 3 | outcome} already recorded for the campaign. */
	Set<Long> recordedKeys(long campaignId) {
		Set<Long> keys = new HashSet<>();
		jdbc.sql("SELECT customer_id, outcome FROM campaign_outcome WHERE campaign_id = :id").param("id", campaignId)
			.query(rs -> {
				keys.add(((long) rs.getInt(1) << 3) | Outcome.valueOf(rs.getString(2)).ordinal());
			});
		return keys;
	}

	long insertUpload(long campaignId, String fileName, String by, LocalDateTime at, long rows, long newRows,
			long unsubscribes) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO campaign_outcome_upload (campaign_id, file_name, uploaded_by, uploaded_at, row_count, new_rows, unsubscribes)
				VALUES (:campaign, :file, :by, :at, :rows, :newRows, :unsubscribes)""")
			.param("campaign", campaignId).param("file", fileName).param("by", by).param("at", at)
			.param("rows", rows).param("newRows", newRows).param("unsubscribes", unsubscribes)
			.update(key);
		return key.getKey().longValue();
	}

	void insertOutcomes(long campaignId, long uploadId, List<OutcomeRow> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<OutcomeRow> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			StringBuilder sql = new StringBuilder(
					"INSERT INTO campaign_outcome (campaign_id, customer_id, outcome, outcome_date, amount, upload_id) VALUES ");
			Map<String, Object> params = new HashMap<>();
			params.put("campaign", campaignId);
			params.put("upload", uploadId);
			for (int i = 0; i < chunk.size(); i++) {
				OutcomeRow row = chunk.get(i);
				sql.append(i == 0 ? "" : ", ").append("(:campaign, :c%d, :o%d, :d%d, :a%d, :upload)".formatted(i, i, i, i));
				params.put("c" + i, row.customerId());
				params.put("o" + i, row.outcome().name());
				params.put("d" + i, row.date());
				params.put("a" + i, row.amount());
			}
			jdbc.sql(sql.toString()).params(params).update();
		}
	}

	List<OutcomeUpload> uploads(long campaignId) {
		return jdbc.sql("SELECT * FROM campaign_outcome_upload WHERE campaign_id = :id ORDER BY id DESC")
			.param("id", campaignId).query(OutcomeRepository::upload).list();
	}

	Optional<OutcomeUpload> upload(long campaignId, long uploadId) {
		return jdbc.sql("SELECT * FROM campaign_outcome_upload WHERE campaign_id = :campaign AND id = :id")
			.param("campaign", campaignId).param("id", uploadId).query(OutcomeRepository::upload).optional();
	}

	List<Long> unsubscribed(long uploadId) {
		return jdbc.sql("SELECT customer_id FROM campaign_outcome WHERE upload_id = :id AND outcome = 'UNSUBSCRIBED'")
			.param("id", uploadId).query(Long.class).list();
	}

	/** Records the admin's decision once; a second decision on the same upload is a conflict. */
	void markConsentWithdrawn(long uploadId, String by, LocalDateTime at, long count) {
		int rows = jdbc.sql("""
				UPDATE campaign_outcome_upload SET consent_withdrawn_by = :by, consent_withdrawn_at = :at,
				  consent_withdrawn_count = :count
				WHERE id = :id AND consent_withdrawn_by IS NULL""")
			.param("by", by).param("at", at).param("count", count).param("id", uploadId).update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("Consent for upload " + uploadId + " was already withdrawn");
		}
	}

	/** Customer id → value (0 when none) of every member with the outcome. */
	Map<Integer, Double> withOutcome(long campaignId, Outcome outcome) {
		Map<Integer, Double> values = new HashMap<>();
		jdbc.sql("SELECT customer_id, amount FROM campaign_outcome WHERE campaign_id = :id AND outcome = :outcome")
			.param("id", campaignId).param("outcome", outcome.name())
			.query(rs -> {
				BigDecimal amount = rs.getBigDecimal(2);
				values.put(rs.getInt(1), amount == null ? 0 : amount.doubleValue());
			});
		return values;
	}

	/** How many members have each outcome. */
	Map<Outcome, Long> countsByOutcome(long campaignId) {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0L);
		}
		jdbc.sql("SELECT outcome, COUNT(*) FROM campaign_outcome WHERE campaign_id = :id GROUP BY outcome")
			.param("id", campaignId)
			.query(rs -> {
				counts.put(Outcome.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	int eraseCustomer(long customerId) {
		return jdbc.sql("DELETE FROM campaign_outcome WHERE customer_id = :id").param("id", customerId).update();
	}

	private static OutcomeUpload upload(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawnAt = rs.getTimestamp("consent_withdrawn_at");
		long withdrawnCount = rs.getLong("consent_withdrawn_count");
		Long count = rs.wasNull() ? null : withdrawnCount;
		return new OutcomeUpload(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("file_name"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime(), rs.getLong("row_count"),
				rs.getLong("new_rows"), rs.getLong("unsubscribes"), rs.getString("consent_withdrawn_by"),
				withdrawnAt == null ? null : withdrawnAt.toLocalDateTime(), count);
	}

}
