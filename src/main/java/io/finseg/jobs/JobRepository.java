package io.finseg.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code job} table. Every change is one short UPDATE that touches only the columns its
 * writer owns (the runner its progress, a cancel request its flag), so concurrent writers never
 * overwrite each other; an ended job is never changed again. The runner's writes are each a
 * transaction of their own, so that one refused by a database cluster (or cut off by a node
 * that went away) is run again instead of failing the job (docs/deployment.md).
 */
@Repository
class JobRepository {

	static final int MESSAGE_LENGTH = 500;

	private static final List<String> ACTIVE = List.of(JobStatus.QUEUED.name(), JobStatus.RUNNING.name());

	private static final String SELECT = """
			SELECT id, job_type, status, done, total, unit, rate, message, result_link, started_by,
			       created_at, started_at, finished_at, cancel_requested
			FROM job
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	JobRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insertQueued(JobType type, String startedBy, LocalDateTime createdAt) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO job (job_type, status, done, unit, started_by, created_at, cancel_requested, version)
				VALUES (:type, :status, 0, :unit, :startedBy, :createdAt, FALSE, 0)""")
			.param("type", type.name())
			.param("status", JobStatus.QUEUED.name())
			.param("unit", type.unit())
			.param("startedBy", startedBy)
			.param("createdAt", createdAt)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** False when the job was cancelled (or ended) before a worker took it up. */
	@Transactional
	boolean markRunning(long id, LocalDateTime startedAt) {
		return jdbc.sql("""
				UPDATE job SET status = :running, started_at = :startedAt, version = version + 1
				WHERE id = :id AND status = :queued AND cancel_requested = FALSE""")
			.param("running", JobStatus.RUNNING.name())
			.param("startedAt", startedAt)
			.param("id", id)
			.param("queued", JobStatus.QUEUED.name())
			.update() == 1;
	}

	@Transactional
	void saveProgress(long id, long done, Long total, Double rate, String message) {
		jdbc.sql("""
				UPDATE job SET done = :done, total = :total, rate = :rate, message = :message, version = version + 1
				WHERE id = :id AND status = :running""")
			.param("done", done)
			.param("total", total)
			.param("rate", decimal(rate))
			.param("message", shorten(message))
			.param("id", id)
			.param("running", JobStatus.RUNNING.name())
			.update();
	}

	boolean isCancelRequested(long id) {
		return jdbc.sql("SELECT cancel_requested FROM job WHERE id = :id")
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Ends a job no worker has taken up yet; false when it is running or has ended. */
	boolean cancelQueued(long id, String message, LocalDateTime finishedAt) {
		return jdbc.sql("""
				UPDATE job SET status = :cancelled, cancel_requested = TRUE, message = :message,
				               finished_at = :finishedAt, version = version + 1
				WHERE id = :id AND status = :queued""")
			.param("cancelled", JobStatus.CANCELLED.name())
			.param("message", shorten(message))
			.param("finishedAt", finishedAt)
			.param("id", id)
			.param("queued", JobStatus.QUEUED.name())
			.update() == 1;
	}

	/** False when there is no such job or it has already ended. */
	boolean requestCancel(long id) {
		return jdbc.sql("""
				UPDATE job SET cancel_requested = TRUE, version = version + 1
				WHERE id = :id AND status IN (:active)""")
			.param("id", id)
			.param("active", ACTIVE)
			.update() == 1;
	}

	@Transactional
	void finish(long id, JobStatus status, long done, Long total, Double rate, String message, String resultLink,
			LocalDateTime finishedAt) {
		jdbc.sql("""
				UPDATE job SET status = :status, done = :done, total = :total, rate = :rate, message = :message,
				               result_link = :resultLink, finished_at = :finishedAt, version = version + 1
				WHERE id = :id AND status IN (:active)""")
			.param("status", status.name())
			.param("done", done)
			.param("total", total)
			.param("rate", decimal(rate))
			.param("message", shorten(message))
			.param("resultLink", resultLink)
			.param("finishedAt", finishedAt)
			.param("id", id)
			.param("active", ACTIVE)
			.update();
	}

	/** Ends every job still queued or running as FAILED; returns how many there were. */
	int failAllActive(String message, LocalDateTime finishedAt) {
		return jdbc.sql("""
				UPDATE job SET status = :failed, message = :message, finished_at = :finishedAt, version = version + 1
				WHERE status IN (:active)""")
			.param("failed", JobStatus.FAILED.name())
			.param("message", shorten(message))
			.param("finishedAt", finishedAt)
			.param("active", ACTIVE)
			.update();
	}

	Optional<Job> find(long id) {
		LocalDateTime now = LocalDateTime.now(clock);
		return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query((rs, n) -> map(rs, now)).optional();
	}

	List<Job> recent(int limit) {
		LocalDateTime now = LocalDateTime.now(clock);
		return jdbc.sql(SELECT + "ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, n) -> map(rs, now))
			.list();
	}

	List<Job> active() {
		LocalDateTime now = LocalDateTime.now(clock);
		return jdbc.sql(SELECT + "WHERE status IN (:active) ORDER BY id")
			.param("active", ACTIVE)
			.query((rs, n) -> map(rs, now))
			.list();
	}

	Optional<Job> latestOfType(String type) {
		LocalDateTime now = LocalDateTime.now(clock);
		return jdbc.sql(SELECT + "WHERE job_type = :type ORDER BY id DESC LIMIT 1")
			.param("type", type)
			.query((rs, n) -> map(rs, now))
			.optional();
	}

	private static Job map(ResultSet rs, LocalDateTime readAt) throws SQLException {
		long total = rs.getLong("total");
		Long totalOrNull = rs.wasNull() ? null : total;
		BigDecimal rate = rs.getBigDecimal("rate");
		return new Job(rs.getLong("id"), rs.getString("job_type"), JobStatus.valueOf(rs.getString("status")),
				rs.getLong("done"), totalOrNull, rs.getString("unit"), rate == null ? null : rate.doubleValue(),
				rs.getString("message"), rs.getString("result_link"), rs.getString("started_by"),
				rs.getObject("created_at", LocalDateTime.class), rs.getObject("started_at", LocalDateTime.class),
				rs.getObject("finished_at", LocalDateTime.class), rs.getBoolean("cancel_requested"), readAt);
	}

	private static BigDecimal decimal(Double rate) {
		return rate == null || rate.isNaN() || rate.isInfinite() ? null
				: BigDecimal.valueOf(rate).setScale(2, RoundingMode.HALF_UP);
	}

	private static String shorten(String message) {
		if (message == null || message.length() <= MESSAGE_LENGTH) {
			return message;
		}
		return message.substring(0, MESSAGE_LENGTH - 1) + "…";
	}

}
