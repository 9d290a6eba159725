package io.finseg.clustering;

import java.time.LocalDate;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.datagen.GenerationRequest;
import io.finseg.support.UsesMariaDb;

@AutoConfigureMockMvc
@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@UsesMariaDb
class ClusteringMariaDbIT extends ClusteringContract {

	/**
	 * Fewer customers than on H2: the MariaDB test database is kept between runs and shared by
	 * every MariaDB test, and contracts that read all its features slow down with each customer
	 * left there. H2 runs the full 20,000 of the issue.
	 */
	/**
	 * Here the run clusters everyone in the shared database, these 4,000 among the customers other
	 * tests left, so the life stages are recovered less cleanly than on H2's own 20,000 (0.48 seen
	 * in one CI order, 0.62 alone); the shuffled baseline still has to stay under 0.05.
	 */
	@Override
	double minimumAdjustedRandIndex() {
		return 0.3;
	}

	@Override
	GenerationRequest data() {
		return new GenerationRequest(4_000, 7, LocalDate.of(2026, 6, 30));
	}

}
