package io.finseg.customer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * {@code LOAD DATA LOCAL INFILE} into the customer tables, on a dedicated connection that allows
 * it (never the application's pool), from in-memory streams, in transactions the caller ends
 * with {@link #commit()} or {@link #rollback()}. The generator and the import both write
 * through it; about three times faster than batched INSERTs on MariaDB.
 */
public final class LoadData implements AutoCloseable {

	/**
	 * How a writer may write: {@code loader} where LOAD DATA works; otherwise batched INSERTs,
	 * with {@code refusedBecause} when the database is MySQL/MariaDB but refused local files.
	 */
	public record Attempt(LoadData loader, String refusedBecause) {

		public boolean refused() {
			return refusedBecause != null;
		}

	}

	private final Connection connection;

	/** Connector/J's setLocalInfileInputStream; reached by reflection as the driver is a runtime dependency. */
	private final Class<?> driverStatement;

	private final Method setInputStream;

	private String lastWarning;

	private LoadData(Connection connection) throws ReflectiveOperationException, SQLException {
		this.connection = connection;
		this.driverStatement = Class.forName("com.mysql.cj.jdbc.JdbcStatement");
		this.setInputStream = driverStatement.getMethod("setLocalInfileInputStream", InputStream.class);
		connection.setAutoCommit(false);
	}

	/**
	 * Opens a connection for LOAD DATA to the database at {@code url} and tries an empty LOAD DATA
	 * on it, so that a server with {@code local_infile} off, or a URL with
	 * {@code allowLoadLocalInfile=false}, is found before any row is sent. Other databases (H2)
	 * get an attempt with neither loader nor refusal.
	 */
	public static Attempt open(String url, String username, String password) {
		if (url == null || !(url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
			return new Attempt(null, null);
		}
		Connection connection = null;
		try {
			connection = DriverManager.getConnection(withLocalInfile(url), username, password);
			LoadData loader = new LoadData(connection);
			loader.probe();
			return new Attempt(loader, null);
		}
		catch (SQLException | ReflectiveOperationException | RuntimeException e) {
			closeQuietly(connection);
			return new Attempt(null, e.getMessage() == null ? e.toString() : e.getMessage());
		}
	}

	/** Only this connection lets the server ask for local files; a URL that says otherwise is obeyed. */
	static String withLocalInfile(String url) {
		if (url.toLowerCase(Locale.ROOT).contains("allowloadlocalinfile=")) {
			return url;
		}
		return url + (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
	}

	/** Sends the rows in the current transaction; throws if the server took any row otherwise than given. */
	public void load(LoadDataRows rows) throws SQLException {
		if (rows.size() == 0) {
			return;
		}
		int sent = rows.size();
		int loaded = execute(rows.statement(), rows.takeBytes());
		if (loaded != sent || lastWarning != null) {
			throw new DataIntegrityViolationException("LOAD DATA into %s took %d of %d rows%s".formatted(
					rows.table().tableName(), loaded, sent, lastWarning == null ? "" : ": " + lastWarning));
		}
	}

	public void commit() throws SQLException {
		connection.commit();
	}

	/** Rolls back; a failure to do so is added to {@code cause}, the error worth reporting. */
	public void rollback(Exception cause) {
		try {
			connection.rollback();
		}
		catch (SQLException e) {
			cause.addSuppressed(e);
		}
	}

	@Override
	public void close() {
		closeQuietly(connection);
	}

	private int execute(String sql, byte[] text) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			setInputStream.invoke(statement.unwrap(driverStatement), new ByteArrayInputStream(text));
			int loaded = statement.executeUpdate(sql);
			// LOCAL turns row errors into warnings (a skipped duplicate, a cut value): any is a failure.
			SQLWarning warning = statement.getWarnings();
			lastWarning = warning == null ? null : warning.getMessage();
			return loaded;
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Connector/J cannot take an input stream for LOAD DATA", e);
		}
	}

	private void probe() throws SQLException {
		LoadDataRows nothing = LoadDataRows.of(CustomerTable.CUSTOMER);
		try {
			execute(nothing.statement(), new byte[0]);
		}
		finally {
			connection.rollback();
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException e) {
				// Nothing is left to roll back: every transaction was committed or rolled back already.
			}
		}
	}

}
