package io.finseg.datagen;

/**
 * How the caller follows a generation and stops it. Both methods are called between chunks,
 * on the thread that runs {@link DataGenerator#generate}.
 */
public interface GenerationProgress {

	/** Nobody listens and nobody cancels. */
	GenerationProgress NONE = new GenerationProgress() {
		@Override
		public void advanced(long customersDone, long customersTotal, long rowsWritten) {
		}

		@Override
		public boolean cancelled() {
			return false;
		}
	};

	/** Called after each chunk is committed. */
	void advanced(long customersDone, long customersTotal, long rowsWritten);

	/** When true, the generation stops after the chunk being written, so only whole chunks stay. */
	boolean cancelled();

}
