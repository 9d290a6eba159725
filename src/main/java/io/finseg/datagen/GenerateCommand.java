package io.finseg.datagen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import io.finseg.customer.CustomerTable;

/**
 * Generation from the command line: with {@code --finseg.generate.customers=N} FinSeg generates
 * N customers into its configured database at start, logs what it wrote and how fast, and
 * exits (unless {@code --finseg.generate.exit=false}). README.md and bench/README.md show it.
 */
@Component
@ConditionalOnProperty("finseg.generate.customers")
class GenerateCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

	private final DataGenerator generator;

	private final ConfigurableApplicationContext context;

	private final GenerationRequest request;

	private final boolean exit;

	GenerateCommand(DataGenerator generator, ConfigurableApplicationContext context, Clock clock,
			@Value("${finseg.generate.customers}") int customers, @Value("${finseg.generate.seed:1}") long seed,
			@Value("${finseg.generate.anchor-date:}") String anchorDate,
			@Value("${finseg.generate.exit:true}") boolean exit) {
		this.generator = generator;
		this.context = context;
		this.request = new GenerationRequest(customers, seed,
				anchorDate.isBlank() ? LocalDate.now(clock) : LocalDate.parse(anchorDate));
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		GenerationResult result = generator.generate(request, new LoggedProgress());
		double seconds = result.elapsed().toNanos() / 1e9;
		for (CustomerTable table : CustomerTable.values()) {
			double writeSeconds = result.writeTimePerTable().get(table).toNanos() / 1e9;
			log.info(String.format(Locale.ROOT, "  %-18s %,12d rows  write %8.2f s  %,12.0f rows/s while writing it",
					table.tableName(), result.rows(table), writeSeconds, result.rows(table) / Math.max(writeSeconds, 1e-9)));
		}
		log.info(String.format(Locale.ROOT,
				"Generated %,d customers, %,d rows in %.1f s: %,.0f rows/s overall, written with %s; writing %.1f s "
						+ "(commits included) on the writing thread, generating %.1f s summed over the generating "
						+ "threads (in parallel with writing)",
				result.customers(), result.totalRows(), seconds, result.totalRows() / seconds, result.writeMethod(),
				result.writeTime().toNanos() / 1e9, result.generationTime().toNanos() / 1e9));
		if (exit) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	/** Logs every tenth of the way. */
	private static final class LoggedProgress implements GenerationProgress {

		private long nextReport;

		@Override
		public void advanced(long customersDone, long customersTotal, long rowsWritten) {
			if (customersDone >= nextReport) {
				log.info("{} of {} customers written ({} rows)", customersDone, customersTotal, rowsWritten);
				nextReport = customersDone + Math.max(1, customersTotal / 10);
			}
		}

		@Override
		public boolean cancelled() {
			return false;
		}

	}

}
