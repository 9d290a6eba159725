package io.finseg.datagen;

/**
 * Generates the customers of one chunk, in index order. A chunk starts at a household block
 * boundary, so every household lies wholly inside one chunk.
 */
final class ChunkGenerator {

	private final GenerationRequest request;

	private final CustomerSynthesizer customers;

	ChunkGenerator(GenerationRequest request, int firstCustomerId) {
		this.request = request;
		this.customers = new CustomerSynthesizer(request, firstCustomerId, FakerPools.get());
	}

	GeneratedChunk generate(int firstIndex, int count) {
		if (firstIndex % HouseholdPlan.BLOCK_SIZE != 0) {
			throw new IllegalArgumentException("A chunk must start at a household block, not at " + firstIndex);
		}
		long started = System.nanoTime();
		GeneratedChunk chunk = new GeneratedChunk(firstIndex, count);
		HouseholdPlan plan = null;
		for (int index = firstIndex; index < firstIndex + count; index++) {
			if (index % HouseholdPlan.BLOCK_SIZE == 0) {
				plan = HouseholdPlan.forBlock(request.seed(), index / HouseholdPlan.BLOCK_SIZE, request.customers());
			}
			customers.synthesize(index, plan, chunk);
		}
		chunk.generationNanos(System.nanoTime() - started);
		return chunk;
	}

}
