package io.finseg.datagen;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the generator.
 *
 * @param allowNonEmpty generate into a MySQL/MariaDB database that already holds customers
 * @param chunkSize customers written per transaction; a multiple of the household block size
 * @param threads threads that generate chunks while the caller's thread writes
 * @param loadData write with LOAD DATA LOCAL on a dedicated connection where MySQL/MariaDB allows it
 */
@ConfigurationProperties("finseg.datagen")
public record DataGenerationProperties(@DefaultValue("false") boolean allowNonEmpty,
		@DefaultValue("2000") int chunkSize, @DefaultValue("2") int threads, @DefaultValue("true") boolean loadData) {

	public DataGenerationProperties {
		if (chunkSize <= 0 || chunkSize % HouseholdPlan.BLOCK_SIZE != 0) {
			throw new IllegalArgumentException(
					"finseg.datagen.chunk-size must be a positive multiple of " + HouseholdPlan.BLOCK_SIZE);
		}
		if (threads <= 0) {
			throw new IllegalArgumentException("finseg.datagen.threads must be positive");
		}
	}

}
