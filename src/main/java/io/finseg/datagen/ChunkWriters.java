package io.finseg.datagen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Picks how a run writes: LOAD DATA on a dedicated connection where the database is MySQL or
 * MariaDB and the server allows local files (MySQL 8 refuses them by default), batched INSERTs
 * through the application's data source everywhere else.
 */
@Component
class ChunkWriters {

	private static final Logger log = LoggerFactory.getLogger(ChunkWriters.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final DataSourceProperties dataSource;

	ChunkWriters(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataSourceProperties dataSource) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.dataSource = dataSource;
	}

	ChunkWriter open(boolean preferLoadData) {
		String url = dataSource.determineUrl();
		if (preferLoadData && url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
			ChunkWriter loader = openLoadData(url);
			if (loader != null) {
				return loader;
			}
		}
		return new BatchInsertWriter(jdbc, transaction);
	}

	private ChunkWriter openLoadData(String url) {
		// Only this connection lets the server ask for local files; the application's URL never does.
		String bulkUrl = url + (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
		Connection connection = null;
		try {
			connection = DriverManager.getConnection(bulkUrl, dataSource.determineUsername(),
					dataSource.determinePassword());
			if (!serverAllowsLocalInfile(connection)) {
				log.info("The server does not allow LOAD DATA LOCAL (local_infile is off): writing batched INSERTs");
				connection.close();
				return null;
			}
			return new LoadDataWriter(connection);
		}
		catch (SQLException | ReflectiveOperationException e) {
			log.warn("LOAD DATA is not available ({}): writing batched INSERTs", e.toString());
			closeQuietly(connection);
			return null;
		}
	}

	private static boolean serverAllowsLocalInfile(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT @@GLOBAL.local_infile")) {
			return result.next() && result.getInt(1) == 1;
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException e) {
				// Already failing: the first error is the one worth reporting.
			}
		}
	}

}
