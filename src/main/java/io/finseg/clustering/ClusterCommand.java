package io.finseg.clustering;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import io.finseg.jobs.Jobs;

/**
 * A clustering run from the command line: {@code --finseg.clustering.run-k=8} clusters all
 * customers with k-means on the default features and the configured Weka settings, logs the
 * times, the peak heap and the quality, and exits. bench/clustering.sh uses it.
 */
@Component
@ConditionalOnProperty("finseg.clustering.run-k")
class ClusterCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ClusterCommand.class);

	private final ClusteringService clustering;

	private final Jobs jobs;

	private final WekaSettings settings;

	private final ConfigurableApplicationContext context;

	private final int k;

	private final long seed;

	ClusterCommand(ClusteringService clustering, Jobs jobs, WekaSettings settings, ConfigurableApplicationContext context,
			@Value("${finseg.clustering.run-k}") int k, @Value("${finseg.clustering.run-seed:42}") long seed) {
		this.clustering = clustering;
		this.jobs = jobs;
		this.settings = settings;
		this.context = context;
		this.k = k;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		long runId = clustering.start(new RunParameters(Algorithm.KMEANS, k, null, null, ClusteringFeatures.DEFAULTS, null,
				settings.sampleSize(), seed, settings.maxIterations()), "bench");
		ClusterRun run = clustering.get(runId);
		while (run.jobId() == null) {
			Thread.sleep(5);
			run = clustering.get(runId);
		}
		jobs.awaitEnd(run.jobId(), Duration.ofHours(2));
		long millis = (System.nanoTime() - started) / 1_000_000;
		run = clustering.get(runId);
		long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
		log.info("BENCH clustering run {} {}: {} customers, k={}, sample {}, end to end {} ms, Weka training {} ms, "
				+ "peak heap {} MB (sum of pool peaks), max heap {} MB, WCSS {}, silhouette {}; settings {}", runId,
				run.status(), run.populationSize(), run.clusterCount(), run.sampleTaken(), millis, run.trainingMillis(),
				peakHeap / 1_048_576, Runtime.getRuntime().maxMemory() / 1_048_576, run.wcss(), run.silhouette(), settings);
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
