package io.finseg.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks ids against a table in batches of a thousand, instead of a query per row: either that
 * they are not there yet (an import never overwrites) or that they are (a reference).
 */
public final class DatabaseLookup {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final String sql;

	private final boolean mustExist;

	private final Reporter reporter;

	private final Map<Long, Long> lineById = new HashMap<>();

	/** Reports an id that failed the check, with the line it came from. */
	public interface Reporter {

		void problem(long id, long line);

	}

	/**
	 * @param table  a table name from {@link ImportTable} (or a constant of the caller), never from input
	 * @param column a column name from {@link ImportTable} (or a constant of the caller), never from input
	 */
	public DatabaseLookup(JdbcClient jdbc, String table, String column, boolean mustExist, Reporter reporter) {
		this.jdbc = jdbc;
		this.sql = "SELECT %s FROM %s WHERE %s IN (:ids)".formatted(column, table, column);
		this.mustExist = mustExist;
		this.reporter = reporter;
	}

	public void check(long id, long line) {
		lineById.putIfAbsent(id, line);
		if (lineById.size() >= BATCH) {
			flush();
		}
	}

	public void flush() {
		if (lineById.isEmpty()) {
			return;
		}
		List<Long> ids = List.copyOf(lineById.keySet());
		Set<Long> found = jdbc.sql(sql).param("ids", ids).query(Long.class).list().stream().collect(Collectors.toSet());
		lineById.forEach((id, line) -> {
			if (found.contains(id) != mustExist) {
				reporter.problem(id, line);
			}
		});
		lineById.clear();
	}

}
