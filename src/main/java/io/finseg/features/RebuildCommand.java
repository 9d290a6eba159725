package io.finseg.features;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * A rebuild from the command line: {@code --finseg.features.rebuild-as-of=2026-06-30} rebuilds
 * the features at start, logs how long each part took, and exits (unless
 * {@code --finseg.features.rebuild-exit=false}). bench/features.sh uses it.
 */
@Component
@ConditionalOnProperty("finseg.features.rebuild-as-of")
class RebuildCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

	private final FeatureRebuild rebuild;

	private final ConfigurableApplicationContext context;

	private final LocalDate asOf;

	private final boolean exit;

	RebuildCommand(FeatureRebuild rebuild, ConfigurableApplicationContext context,
			@Value("${finseg.features.rebuild-as-of}") LocalDate asOf,
			@Value("${finseg.features.rebuild-exit:true}") boolean exit) {
		this.rebuild = rebuild;
		this.context = context;
		this.asOf = asOf;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		long customers = rebuild.rebuild(asOf, FeatureRebuild.Listener.NONE);
		log.info("Rebuilt the features of {} customers as of {} in {} ms", customers, asOf,
				(System.nanoTime() - started) / 1_000_000);
		if (exit) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

}
