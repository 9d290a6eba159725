package io.finseg.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.finseg.consent.Channel;
import io.finseg.segment.Purpose;

@Repository
class CampaignRepository {

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, long segmentId, Channel channel, Purpose purpose, List<ExportField> fields,
			int holdoutPercent, long seed, String owner, LocalDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO campaign (name, segment_id, channel, purpose, export_fields, holdout_percent, holdout_seed,
				  status, owner, created_at, version)
				VALUES (:name, :segment, :channel, :purpose, :fields, :holdout, :seed, 'DRAFT', :owner, :now, 0)""")
			.param("name", name)
			.param("segment", segmentId)
			.param("channel", channel.name())
			.param("purpose", purpose.name())
			.param("fields", fields.stream().map(ExportField::name).collect(Collectors.joining(",")))
			.param("holdout", holdoutPercent)
			.param("seed", seed)
			.param("owner", owner)
			.param("now", now)
			.update(key);
		return key.getKey().longValue();
	}

	Optional<Campaign> find(long id) {
		return jdbc.sql("SELECT * FROM campaign WHERE id = :id").param("id", id).query(CampaignRepository::campaign)
			.optional();
	}

	List<Campaign> all() {
		return jdbc.sql("SELECT * FROM campaign ORDER BY created_at DESC, id DESC").query(CampaignRepository::campaign).list();
	}

	List<Campaign> usingSegment(long segmentId) {
		return jdbc.sql("SELECT * FROM campaign WHERE segment_id = :id ORDER BY name").param("id", segmentId)
			.query(CampaignRepository::campaign).list();
	}

	boolean nameTaken(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM campaign WHERE name = :name").param("name", name).query(Long.class).single() > 0;
	}

	/** Marks the campaign frozen unless someone else froze or changed it since {@code version}. */
	void markFrozen(long id, int version, String by, LocalDateTime now) {
		int rows = jdbc.sql("""
				UPDATE campaign SET status = 'FROZEN', frozen_at = :now, frozen_by = :by, version = version + 1
				WHERE id = :id AND version = :version AND status = 'DRAFT'""")
			.param("now", now).param("by", by).param("id", id).param("version", version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("Campaign " + id + " was changed or frozen by someone else");
		}
	}

	List<ExportRecord> exports(long campaignId) {
		return jdbc.sql("""
				SELECT id, status, exported_by, started_at, finished_at, row_count, export_fields, sha256, newly_suppressed
				FROM campaign_export WHERE campaign_id = :id ORDER BY id DESC""")
			.param("id", campaignId)
			.query((rs, row) -> new ExportRecord(rs.getLong("id"), rs.getString("status"), rs.getString("exported_by"),
					rs.getTimestamp("started_at").toLocalDateTime(), rs.getLong("row_count"), rs.getString("export_fields"),
					rs.getString("sha256"), rs.getLong("newly_suppressed")))
			.list();
	}

	/** Records an export as running, with the fields it writes and how many members consent has newly suppressed. */
	long startExport(long campaignId, String by, String fields, long newlySuppressed, LocalDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO campaign_export (campaign_id, status, exported_by, started_at, row_count, export_fields, newly_suppressed)
				VALUES (:campaign, 'RUNNING', :by, :now, 0, :fields, :newly)""")
			.param("campaign", campaignId).param("by", by).param("now", now)
			.param("fields", fields).param("newly", newlySuppressed)
			.update(key);
		return key.getKey().longValue();
	}

	void finishExport(long exportId, String status, long rows, String checksum, LocalDateTime now) {
		jdbc.sql("""
				UPDATE campaign_export SET status = :status, row_count = :rows, sha256 = :sha, finished_at = :now
				WHERE id = :id""")
			.param("status", status).param("rows", rows).param("sha", checksum).param("now", now)
			.param("id", exportId)
			.update();
	}

	/** Exports still marked running belong to a run of the app that ended: they never completed. */
	int markRunningExportsBrokenOff() {
		return jdbc.sql("UPDATE campaign_export SET status = 'BROKEN_OFF' WHERE status = 'RUNNING'").update();
	}

	void approve(long id, int version, String by, String reason, int segmentVersion, LocalDateTime now) {
		int rows = jdbc.sql("""
				UPDATE campaign SET approved_by = :by, approved_at = :now, approval_reason = :reason,
				  approved_segment_version = :segmentVersion, version = version + 1
				WHERE id = :id AND version = :version AND status = 'DRAFT'""")
			.param("by", by).param("now", now).param("reason", reason).param("segmentVersion", segmentVersion)
			.param("id", id).param("version", version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("Campaign " + id + " was changed or frozen by someone else");
		}
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		List<ExportField> fields = Arrays.stream(rs.getString("export_fields").split(","))
			.map(ExportField::valueOf)
			.toList();
		var frozenAt = rs.getTimestamp("frozen_at");
		var approvedAt = rs.getTimestamp("approved_at");
		Campaign.Approval approval = approvedAt == null ? null : new Campaign.Approval(rs.getString("approved_by"),
				approvedAt.toLocalDateTime(), rs.getString("approval_reason"), rs.getInt("approved_segment_version"));
		return new Campaign(rs.getLong("id"), rs.getString("name"), rs.getLong("segment_id"),
				Channel.valueOf(rs.getString("channel")), Purpose.valueOf(rs.getString("purpose")), fields,
				rs.getInt("holdout_percent"), rs.getLong("holdout_seed"), CampaignStatus.valueOf(rs.getString("status")),
				rs.getString("owner"), rs.getTimestamp("created_at").toLocalDateTime(),
				frozenAt == null ? null : frozenAt.toLocalDateTime(), rs.getString("frozen_by"), approval, rs.getInt("version"));
	}

}
