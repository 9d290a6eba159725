package io.finseg.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DataImportRepository {

	private static final String ARG_SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	DataImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String fileNames, String createdBy, LocalDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO data_import (status, file_names, created_by, created_at)
				VALUES (:status, :files, :by, :at)""")
			.param("status", ImportStatus.CHECKING.name())
			.param("files", fileNames.length() > 500 ? fileNames.substring(0, 500) : fileNames)
			.param("by", createdBy)
			.param("at", now)
			.update(key);
		return key.getKey().longValue();
	}

	void attachJob(long id, long jobId) {
		jdbc.sql("UPDATE data_import SET job_id = :job WHERE id = :id").param("job", jobId).param("id", id).update();
	}

	void checked(long id, ImportStatus status, long rowsTotal, long problemsTotal) {
		jdbc.sql("UPDATE data_import SET status = :status, rows_total = :rows, problems_total = :problems WHERE id = :id")
			.param("status", status.name())
			.param("rows", rowsTotal)
			.param("problems", problemsTotal)
			.param("id", id)
			.update();
	}

	void finished(long id, ImportStatus status, long rowsWritten, LocalDateTime now) {
		jdbc.sql("UPDATE data_import SET status = :status, rows_written = :rows, finished_at = :at WHERE id = :id")
			.param("status", status.name())
			.param("rows", rowsWritten)
			.param("at", now)
			.param("id", id)
			.update();
	}

	void saveProblems(long id, List<ImportProblem> problems) {
		for (ImportProblem problem : problems) {
			jdbc.sql("""
					INSERT INTO data_import_problem (import_id, file_name, line_number, column_name, message_key, message_args)
					VALUES (:id, :file, :line, :column, :key, :args)""")
				.param("id", id)
				.param("file", problem.fileName())
				.param("line", problem.line())
				.param("column", problem.column())
				.param("key", problem.messageKey())
				.param("args", truncate(String.join(ARG_SEPARATOR, problem.args())))
				.update();
		}
	}

	Optional<DataImport> find(long id) {
		return jdbc.sql("SELECT * FROM data_import WHERE id = :id").param("id", id).query(DataImportRepository::dataImport).optional();
	}

	List<DataImport> recent(int limit) {
		return jdbc.sql("SELECT * FROM data_import ORDER BY id DESC LIMIT :limit").param("limit", limit)
			.query(DataImportRepository::dataImport).list();
	}

	List<DataImport> inStatus(ImportStatus status) {
		return jdbc.sql("SELECT * FROM data_import WHERE status = :status").param("status", status.name())
			.query(DataImportRepository::dataImport).list();
	}

	List<ImportProblem> problems(long id) {
		return jdbc.sql("SELECT * FROM data_import_problem WHERE import_id = :id ORDER BY id").param("id", id)
			.query((rs, row) -> new ImportProblem(rs.getString("file_name"), rs.getLong("line_number"),
					rs.getString("column_name"), rs.getString("message_key"), args(rs.getString("message_args"))))
			.list();
	}

	private static List<String> args(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(ARG_SEPARATOR, -1));
	}

	private static String truncate(String text) {
		return text.length() > 1000 ? text.substring(0, 1000) : text;
	}

	private static DataImport dataImport(ResultSet rs, int row) throws SQLException {
		Long jobId = rs.getObject("job_id") == null ? null : rs.getLong("job_id");
		return new DataImport(rs.getLong("id"), ImportStatus.valueOf(rs.getString("status")), rs.getString("file_names"),
				rs.getLong("rows_total"), rs.getLong("rows_written"), rs.getLong("problems_total"),
				jobId, rs.getString("created_by"), rs.getTimestamp("created_at").toLocalDateTime(),
				rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toLocalDateTime());
	}

}
