package io.finseg.jobs;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Job rows in any state, written straight to the table: for pages and clean-ups that must see a
 * job as it would be mid-run or after a crash, without a worker thread changing it.
 */
public final class JobRows {

	private String type = "TEST_COUNT";

	private JobStatus status = JobStatus.SUCCEEDED;

	private long done;

	private Long total;

	private String unit = "rows";

	private Double rate;

	private String message;

	private String resultLink;

	private String startedBy = "ann";

	private LocalDateTime startedAt = LocalDateTime.of(2026, 11, 24, 9, 30);

	private LocalDateTime finishedAt;

	private JobRows() {
	}

	public static JobRows job(String type) {
		JobRows rows = new JobRows();
		rows.type = type;
		return rows;
	}

	public JobRows status(JobStatus status) {
		this.status = status;
		return this;
	}

	public JobRows progress(long done, Long total, String unit) {
		this.done = done;
		this.total = total;
		this.unit = unit;
		return this;
	}

	public JobRows rate(double rate) {
		this.rate = rate;
		return this;
	}

	public JobRows message(String message) {
		this.message = message;
		return this;
	}

	public JobRows resultLink(String resultLink) {
		this.resultLink = resultLink;
		return this;
	}

	public JobRows startedBy(String startedBy) {
		this.startedBy = startedBy;
		return this;
	}

	public JobRows ran(LocalDateTime startedAt, LocalDateTime finishedAt) {
		this.startedAt = startedAt;
		this.finishedAt = finishedAt;
		return this;
	}

	public long insert(JdbcClient jdbc) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO job (job_type, status, done, total, unit, rate, message, result_link, started_by,
				                 created_at, started_at, finished_at, cancel_requested, version)
				VALUES (:type, :status, :done, :total, :unit, :rate, :message, :resultLink, :startedBy,
				        :createdAt, :startedAt, :finishedAt, FALSE, 0)""")
			.param("type", type)
			.param("status", status.name())
			.param("done", done)
			.param("total", total)
			.param("unit", unit)
			.param("rate", rate)
			.param("message", message)
			.param("resultLink", resultLink)
			.param("startedBy", startedBy)
			.param("createdAt", startedAt != null ? startedAt : LocalDateTime.of(2026, 11, 24, 9, 29))
			.param("startedAt", status == JobStatus.QUEUED ? null : startedAt)
			.param("finishedAt", status.isActive() ? null : finishedAt)
			.update(key, "id");
		return key.getKey().longValue();
	}

}
