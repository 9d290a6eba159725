package io.finseg.datagen;

import java.sql.DatabaseMetaData;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import io.finseg.customer.CustomerDataChanged;
import io.finseg.customer.CustomerTable;

/**
 * Fills the nine customer tables with synthetic customers (docs/data.md). Ids continue after
 * the largest id in each table. Threads generate the next chunks while the calling thread
 * writes the current one, each chunk in its own transaction; progress and cancellation are
 * checked between chunks, so a cancelled or failed run leaves only whole chunks.
 */
@Service
public class DataGenerator {

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	private final JdbcTemplate jdbc;

	private final ChunkWriters writers;

	private final ApplicationEventPublisher events;

	private final DataGenerationProperties properties;

	private final ReentrantLock oneAtATime = new ReentrantLock();

	DataGenerator(JdbcTemplate jdbc, ChunkWriters writers, ApplicationEventPublisher events,
			DataGenerationProperties properties) {
		this.jdbc = jdbc;
		this.writers = writers;
		this.events = events;
		this.properties = properties;
	}

	/**
	 * Generates and writes the requested customers.
	 * @throws GenerationRefusedException when the database is MySQL/MariaDB and already holds
	 * customers, unless {@code finseg.datagen.allow-non-empty=true}
	 */
	public GenerationResult generate(GenerationRequest request, GenerationProgress progress) {
		oneAtATime.lock();
		try {
			refuseUnlessAllowed();
			return run(request, progress);
		}
		finally {
			oneAtATime.unlock();
		}
	}

	/** The life stage drawn for the customer at this index (0-based) of the request. */
	public LifeStage drawnLifeStage(GenerationRequest request, int customerIndex) {
		return CustomerSynthesizer.drawnStage(request.seed(), request.customers(), customerIndex);
	}

	private GenerationResult run(GenerationRequest request, GenerationProgress progress) {
		IdBases bases = nextIds();
		int firstCustomerId = firstCustomerId(bases, request);
		log.info("Generating {} customers from seed {} as of {}, first customer id {}", request.customers(),
				request.seed(), request.anchorDate(), firstCustomerId);
		RunTally tally = new RunTally();
		boolean cancelled = false;
		ChunkWriter writer = writers.open(properties.loadData());
		log.info("Writing with {}", writer.method());
		try (writer;
				ChunkPipeline chunks = new ChunkPipeline(new ChunkGenerator(request, firstCustomerId),
						request.customers(), properties.chunkSize(), properties.threads())) {
			while (chunks.hasNext()) {
				if (progress.cancelled()) {
					cancelled = true;
					break;
				}
				GeneratedChunk chunk = chunks.next();
				long writeStarted = System.nanoTime();
				writer.write(chunk, bases);
				tally.written(chunk, System.nanoTime() - writeStarted);
				bases = bases.after(chunk);
				progress.advanced(tally.customers(), request.customers(), tally.totalRows());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Generation interrupted after " + tally.customers() + " customers", e);
		}
		finally {
			if (tally.totalRows() > 0) {
				events.publishEvent(new CustomerDataChanged("generation"));
			}
		}
		GenerationResult result = tally.result(firstCustomerId, cancelled, writer);
		log.info("Generated {} customers and {} rows in {} ms{}", result.customers(), result.totalRows(),
				result.elapsed().toMillis(), cancelled ? " (cancelled)" : "");
		return result;
	}

	private static int firstCustomerId(IdBases bases, GenerationRequest request) {
		long first = bases.of(CustomerTable.CUSTOMER);
		if (first + request.customers() - 1 > Integer.MAX_VALUE) {
			throw new GenerationRefusedException("Customer ids are whole numbers up to " + Integer.MAX_VALUE
					+ ": this database has no room for " + request.customers() + " more customers.");
		}
		return (int) first;
	}

	private IdBases nextIds() {
		Map<CustomerTable, Long> next = new EnumMap<>(CustomerTable.class);
		for (CustomerTable table : CustomerTable.values()) {
			// Table and column names come from the enum and TableInsert, never from input.
			String sql = "SELECT COALESCE(MAX(%s), 0) FROM %s".formatted(TableInsert.of(table).idColumn(),
					table.tableName());
			next.put(table, jdbc.queryForObject(sql, Long.class) + 1);
		}
		return new IdBases(next);
	}

	/** Nobody fills a production database with fake customers by accident (DESIGN.md §2). */
	private void refuseUnlessAllowed() {
		if (properties.allowNonEmpty() || !isMySqlOrMariaDb()) {
			return;
		}
		Integer customers = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT customer_id FROM customer LIMIT 1) c",
				Integer.class);
		if (customers != null && customers > 0) {
			throw new GenerationRefusedException("This database already holds customers, so no synthetic customers "
					+ "were generated: FinSeg generates into a MySQL or MariaDB database only when it is empty. "
					+ "To add synthetic customers anyway, set finseg.datagen.allow-non-empty=true.");
		}
	}

	private boolean isMySqlOrMariaDb() {
		String product = jdbc.execute((ConnectionCallback<String>) connection -> {
			DatabaseMetaData meta = connection.getMetaData();
			return meta.getDatabaseProductName();
		});
		String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
		return name.contains("mysql") || name.contains("mariadb");
	}

}
