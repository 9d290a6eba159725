package io.finseg.features;

/** A rebuild listener for tests that neither watch nor stop. */
final class FeatureRebuildListeners {

	static final FeatureRebuild.Listener NONE = new FeatureRebuild.Listener() {
		@Override
		public void chunkDone(long done, long total) {
		}

		@Override
		public boolean stopRequested() {
			return false;
		}
	};

	private FeatureRebuildListeners() {
	}

}
