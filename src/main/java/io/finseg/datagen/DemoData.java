package io.finseg.datagen;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills a fresh embedded database with about 5,000 demo customers in the background at first
 * start, so a new user sees FinSeg with data at once. Never on MySQL/MariaDB unless
 * {@code finseg.demo-data=true}; never twice.
 */
@Component
class DemoData {

	static final int CUSTOMERS = 5_000;

	static final long SEED = 42;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DataGenerationJobs generation;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String mode;

	private final String databaseUrl;

	DemoData(DataGenerationJobs generation, JdbcClient jdbc, Clock clock,
			@Value("${finseg.demo-data:auto}") String mode, @Value("${spring.datasource.url:}") String databaseUrl) {
		this.generation = generation;
		this.jdbc = jdbc;
		this.clock = clock;
		this.mode = mode;
		this.databaseUrl = databaseUrl;
	}

	@EventListener(ApplicationReadyEvent.class)
	void generateAtFirstStart() {
		if (!wanted() || generation.latest().isPresent()
				|| jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single() > 0) {
			return;
		}
		log.info("First start on an empty database: generating {} demo customers in the background", CUSTOMERS);
		generation.start(new GenerationRequest(CUSTOMERS, SEED, LocalDate.now(clock)), "system");
	}

	private boolean wanted() {
		return switch (mode) {
			case "true" -> true;
			case "false" -> false;
			default -> databaseUrl.startsWith("jdbc:h2:");
		};
	}

}
