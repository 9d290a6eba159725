package io.finseg.datagen;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
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
		long started = System.nanoTime();
		IdBases bases = nextIds();
		if (bases.of(CustomerTable.CUSTOMER) + request.customers() - 1 > Integer.MAX_VALUE) {
			throw new GenerationRefusedException("Customer ids are whole numbers up to " + Integer.MAX_VALUE
					+ ": this database has no room for " + request.customers() + " more customers.");
		}
		int firstCustomerId = (int) bases.of(CustomerTable.CUSTOMER);
		ChunkGenerator generator = new ChunkGenerator(request, firstCustomerId);
		Map<CustomerTable, Long> rows = new EnumMap<>(CustomerTable.class);
		log.info("Generating {} customers from seed {} as of {}, first customer id {}", request.customers(),
				request.seed(), request.anchorDate(), firstCustomerId);
		int chunkSize = properties.chunkSize();
		int chunks = (request.customers() + chunkSize - 1) / chunkSize;
		ExecutorService threads = Executors.newFixedThreadPool(properties.threads(), daemonThreads());
		Deque<Future<GeneratedChunk>> ahead = new ArrayDeque<>();
		long done = 0;
		long written = 0;
		long generationNanos = 0;
		long writeNanos = 0;
		boolean cancelled = false;
		ChunkWriter writer = writers.open(properties.loadData());
		log.info("Writing with {}", writer.method());
		try (writer) {
			int submitted = 0;
			for (int chunk = 0; chunk < chunks; chunk++) {
				while (submitted < chunks && ahead.size() <= properties.threads()) {
					int first = submitted * chunkSize;
					int count = Math.min(chunkSize, request.customers() - first);
					ahead.add(threads.submit(() -> generator.generate(first, count)));
					submitted++;
				}
				if (progress.cancelled()) {
					cancelled = true;
					break;
				}
				GeneratedChunk next = ahead.removeFirst().get();
				long writeStarted = System.nanoTime();
				writer.write(next, bases);
				writeNanos += System.nanoTime() - writeStarted;
				bases = bases.after(next);
				for (CustomerTable table : CustomerTable.values()) {
					rows.merge(table, (long) next.rows(table).size(), Long::sum);
				}
				done += next.customers();
				written += next.totalRows();
				generationNanos += next.generationNanos();
				progress.advanced(done, request.customers(), written);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Generation interrupted after " + done + " customers", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("Generating a chunk failed after " + done + " customers", e.getCause());
		}
		finally {
			threads.shutdownNow();
			if (written > 0) {
				events.publishEvent(new CustomerDataChanged("generation"));
			}
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		log.info("Generated {} customers and {} rows in {} ms{}", done, written, elapsed.toMillis(),
				cancelled ? " (cancelled)" : "");
		Map<CustomerTable, Duration> writeTimes = new EnumMap<>(CustomerTable.class);
		writer.writeNanos().forEach((table, nanos) -> writeTimes.put(table, Duration.ofNanos(nanos)));
		return new GenerationResult(firstCustomerId, done, rows, cancelled, writer.method(),
				Duration.ofNanos(generationNanos), Duration.ofNanos(writeNanos), writeTimes, elapsed);
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

	private static ThreadFactory daemonThreads() {
		AtomicInteger number = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "datagen-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
