package io.finseg.datagen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates chunks on a few threads, a little ahead of the caller, and hands them out in
 * customer order: generation runs in parallel while the caller writes.
 */
final class ChunkPipeline implements AutoCloseable {

	private final ChunkGenerator generator;

	private final int customers;

	private final int chunkSize;

	private final int ahead;

	private final ExecutorService threads;

	private final Deque<Future<GeneratedChunk>> pending = new ArrayDeque<>();

	private int nextFirstIndex;

	ChunkPipeline(ChunkGenerator generator, int customers, int chunkSize, int threadCount) {
		this.generator = generator;
		this.customers = customers;
		this.chunkSize = chunkSize;
		this.ahead = threadCount + 1;
		this.threads = Executors.newFixedThreadPool(threadCount, daemonThreads());
		fill();
	}

	boolean hasNext() {
		return !pending.isEmpty();
	}

	/** The next chunk in customer order, waiting for it if it is still being generated. */
	GeneratedChunk next() throws InterruptedException {
		try {
			GeneratedChunk chunk = pending.removeFirst().get();
			fill();
			return chunk;
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("Generating a chunk failed", e.getCause());
		}
	}

	@Override
	public void close() {
		threads.shutdownNow();
	}

	private void fill() {
		while (nextFirstIndex < customers && pending.size() < ahead) {
			int first = nextFirstIndex;
			int count = Math.min(chunkSize, customers - first);
			pending.add(threads.submit(() -> generator.generate(first, count)));
			nextFirstIndex += count;
		}
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
