package io.finseg.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.finseg.customer.CustomerTable;

/** The rows depend on the seed, the anchor date and the first ids only, not on chunks or threads. */
class ChunkingIndependenceTest {

	private static final GenerationRequest REQUEST = new GenerationRequest(1_002, 99, LocalDate.of(2026, 6, 30));

	@Test
	void givesTheSameRowsWhateverTheChunkSizeAndThreadCount() throws Exception {
		List<String> inOneChunk = rows(List.of(new ChunkGenerator(REQUEST, 501).generate(0, 1_002)));

		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			List<Future<GeneratedChunk>> parts = new ArrayList<>();
			for (int first = 0; first < 1_002; first += 100) {
				int start = first;
				parts.add(threads.submit(() -> new ChunkGenerator(REQUEST, 501).generate(start, Math.min(100, 1_002 - start))));
			}
			List<GeneratedChunk> chunks = new ArrayList<>();
			for (Future<GeneratedChunk> part : parts) {
				chunks.add(part.get());
			}
			assertThat(rows(chunks)).isEqualTo(inOneChunk);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void givesOtherRowsForAnotherSeedOrAnchorDate() {
		List<String> rows = rows(List.of(new ChunkGenerator(REQUEST, 1).generate(0, 100)));
		GenerationRequest otherSeed = new GenerationRequest(1_002, 100, REQUEST.anchorDate());
		GenerationRequest otherAnchor = new GenerationRequest(1_002, 99, REQUEST.anchorDate().plusDays(1));
		assertThat(rows(List.of(new ChunkGenerator(otherSeed, 1).generate(0, 100)))).isNotEqualTo(rows);
		assertThat(rows(List.of(new ChunkGenerator(otherAnchor, 1).generate(0, 100)))).isNotEqualTo(rows);
	}

	@Test
	void tellsWhichLifeStageItDrewForEachCustomer() {
		GeneratedChunk chunk = new ChunkGenerator(REQUEST, 1).generate(0, 400);
		List<Object[]> customers = chunk.rows(CustomerTable.CUSTOMER);
		for (int index = 0; index < customers.size(); index++) {
			String occupation = (String) customers.get(index)[11];
			LifeStage stage = CustomerSynthesizer.drawnStage(REQUEST.seed(), REQUEST.customers(), index);
			assertThat(occupation.equals("Student")).as("customer %d", index).isEqualTo(stage == LifeStage.STUDENT);
			assertThat(occupation.equals("Retired")).as("customer %d", index).isEqualTo(stage == LifeStage.RETIRED);
		}
	}

	/** Every row of every table, with ids resolved the way the writer resolves them. */
	private static List<String> rows(List<GeneratedChunk> chunks) {
		Map<CustomerTable, Long> next = new EnumMap<>(CustomerTable.class);
		for (CustomerTable table : CustomerTable.values()) {
			next.put(table, table == CustomerTable.CUSTOMER ? 501L : 1_000L);
		}
		IdBases bases = new IdBases(next);
		Map<CustomerTable, List<String>> byTable = new EnumMap<>(CustomerTable.class);
		for (GeneratedChunk chunk : chunks) {
			for (CustomerTable table : CustomerTable.values()) {
				List<Object[]> rows = chunk.rows(table);
				for (int position = 0; position < rows.size(); position++) {
					byTable.computeIfAbsent(table, t -> new ArrayList<>())
						.add(table + Arrays.toString(TableInsert.of(table).resolve(rows.get(position), position, bases)));
				}
			}
			bases = bases.after(chunk);
		}
		return byTable.values().stream().flatMap(List::stream).toList();
	}

}
