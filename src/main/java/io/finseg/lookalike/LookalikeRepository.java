package io.finseg.lookalike;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.finseg.outcomes.Outcome;

/** The look-alike models: recorded when asked for, filled in by the training job. */
@Repository
class LookalikeRepository {

	private final JdbcClient jdbc;

	LookalikeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long campaignId, Outcome outcome, long seed, List<String> features, boolean usesProtected,
			boolean flagged, String by, LocalDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO lookalike_model (campaign_id, outcome, status, seed, features, uses_protected, flagged, created_by, created_at, version)
				VALUES (:campaign, :outcome, 'QUEUED', :seed, :features, :usesProtected, :flagged, :by, :at, 0)""")
			.param("campaign", campaignId).param("outcome", outcome.name()).param("seed", seed)
			.param("features", LookalikeJson.write(features)).param("usesProtected", usesProtected)
			.param("flagged", flagged).param("by", by).param("at", at)
			.update(key);
		return key.getKey().longValue();
	}

	void attachJob(long id, long jobId) {
		jdbc.sql("UPDATE lookalike_model SET job_id = :job WHERE id = :id").param("job", jobId).param("id", id).update();
	}

	void markRunning(long id) {
		jdbc.sql("UPDATE lookalike_model SET status = 'RUNNING' WHERE id = :id AND status = 'QUEUED'").param("id", id).update();
	}

	void complete(long id, LookalikeTrainer.Trained trained, PopulationScoring.Scored scored, LocalDateTime at) {
		jdbc.sql("""
				UPDATE lookalike_model SET status = 'COMPLETED', features = :features, train_rows = :trainRows,
				  train_positives = :trainPositives, test_rows = :testRows, test_positives = :testPositives,
				  tree_auc = :treeAuc, logistic_auc = :logisticAuc, chosen_model = :chosen, drivers = :drivers,
				  rules = :rules, deciles = :deciles, scored_customers = :scored, score_bands = :bands,
				  scored_as_of = :asOf, finished_at = :at, version = version + 1
				WHERE id = :id""")
			.param("features", LookalikeJson.write(trained.columns().stream().map(ModelColumn::name).toList()))
			.param("trainRows", trained.trainRows()).param("trainPositives", trained.trainPositives())
			.param("testRows", trained.testRows()).param("testPositives", trained.testPositives())
			.param("treeAuc", trained.treeAuc()).param("logisticAuc", trained.logisticAuc())
			.param("chosen", trained.chosen().name()).param("drivers", LookalikeJson.write(trained.drivers()))
			.param("rules", LookalikeJson.write(trained.leaves())).param("deciles", LookalikeJson.write(trained.deciles()))
			.param("scored", scored.bands().scored()).param("bands", LookalikeJson.write(scored.bands().bands()))
			.param("asOf", scored.snapshot().asOf()).param("at", at).param("id", id)
			.update();
	}

	/**
	 * Ends a model that did not complete, and removes what scores it wrote before it stopped; a
	 * model already ended keeps how it ended.
	 */
	void end(long id, ModelStatus status, LocalDateTime at) {
		int ended = jdbc.sql("""
				UPDATE lookalike_model SET status = :status, finished_at = :at, version = version + 1
				WHERE id = :id AND status IN ('QUEUED', 'RUNNING')""")
			.param("status", status.name()).param("at", at).param("id", id).update();
		if (ended > 0) {
			jdbc.sql("DELETE FROM lookalike_score WHERE model_id = :id").param("id", id).update();
		}
	}

	/** Records the saved segment, unless someone changed the model since {@code version} was read. */
	void attachSegment(long id, int version, long segmentId) {
		int rows = jdbc.sql("UPDATE lookalike_model SET segment_id = :segment, version = version + 1 WHERE id = :id AND version = :version")
			.param("segment", segmentId).param("id", id).param("version", version).update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("Look-alike model " + id + " was changed since version " + version);
		}
	}

	Optional<LookalikeModel> find(long id) {
		return jdbc.sql("SELECT * FROM lookalike_model WHERE id = :id").param("id", id).query(LookalikeRepository::model).optional();
	}

	/** Whether the model completed and scored its customers: asked by every count of a score condition, so one small row. */
	boolean hasScores(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM lookalike_model WHERE id = :id AND status = 'COMPLETED' AND scored_customers > 0")
			.param("id", id).query(Long.class).single() > 0;
	}

	List<LookalikeModel> ofCampaign(long campaignId) {
		return jdbc.sql("SELECT * FROM lookalike_model WHERE campaign_id = :id ORDER BY id DESC")
			.param("id", campaignId).query(LookalikeRepository::model).list();
	}

	List<Long> active() {
		return jdbc.sql("SELECT id FROM lookalike_model WHERE status IN ('QUEUED', 'RUNNING')").query(Long.class).list();
	}

	private static LookalikeModel model(ResultSet rs, int row) throws SQLException {
		String chosen = rs.getString("chosen_model");
		Timestamp finished = rs.getTimestamp("finished_at");
		long segment = rs.getLong("segment_id");
		Long segmentId = rs.wasNull() ? null : segment;
		long job = rs.getLong("job_id");
		Long jobId = rs.wasNull() ? null : job;
		return new LookalikeModel(rs.getLong("id"), rs.getLong("campaign_id"), Outcome.valueOf(rs.getString("outcome")),
				ModelStatus.valueOf(rs.getString("status")), jobId, rs.getLong("seed"),
				LookalikeJson.strings(rs.getString("features")), rs.getBoolean("uses_protected"), rs.getBoolean("flagged"),
				integer(rs, "train_rows"), integer(rs, "train_positives"), integer(rs, "test_rows"),
				integer(rs, "test_positives"), decimal(rs, "tree_auc"), decimal(rs, "logistic_auc"),
				chosen == null ? null : ChosenModel.valueOf(chosen), LookalikeJson.drivers(rs.getString("drivers")),
				LookalikeJson.leaves(rs.getString("rules")), LookalikeJson.deciles(rs.getString("deciles")),
				new ScoreBands(rs.getLong("scored_customers"), LookalikeJson.bands(rs.getString("score_bands"))),
				date(rs, "scored_as_of"), segmentId,
				rs.getString("created_by"), rs.getTimestamp("created_at").toLocalDateTime(),
				finished == null ? null : finished.toLocalDateTime(), rs.getInt("version"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date value = rs.getDate(column);
		return value == null ? null : value.toLocalDate();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Double decimal(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

}
