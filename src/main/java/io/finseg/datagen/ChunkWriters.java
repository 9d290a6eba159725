package io.finseg.datagen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.finseg.customer.LoadData;

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
		if (preferLoadData) {
			LoadData.Attempt attempt = LoadData.open(dataSource.determineUrl(), dataSource.determineUsername(),
					dataSource.determinePassword());
			if (attempt.loader() != null) {
				return new LoadDataWriter(attempt.loader());
			}
			if (attempt.refused()) {
				log.info("The database refuses LOAD DATA LOCAL INFILE ({}): writing batched INSERTs",
						attempt.refusedBecause());
			}
		}
		return new BatchInsertWriter(jdbc, transaction);
	}

}
