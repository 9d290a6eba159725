package io.finseg.segmentindex;

import java.util.List;

import org.springframework.stereotype.Component;

import io.finseg.jobs.BackgroundStatus;

/** The segment index's state as a note on /admin/jobs. */
@Component
class IndexStatusNote implements BackgroundStatus {

	private final IndexBuilds builds;

	IndexStatusNote(IndexBuilds builds) {
		this.builds = builds;
	}

	@Override
	public Note note() {
		IndexStatus status = builds.status();
		String key = "segmentIndex.status." + status.state().name();
		List<Object> args = switch (status.state()) {
			case BUILDING -> List.of(status.percent(), status.total());
			case READY -> List.of(status.customers(), IndexBuilds.megabytes(status.bytes()),
					status.done() == 0 ? 0 : status.bytes() / status.done(), status.maxHeapBytes() >> 20,
					String.format(java.util.Locale.ROOT, "%.1f", status.buildMillis() / 1000.0));
			case TOO_BIG -> List.of(status.customers(), status.neededBytes() >> 20, status.maxHeapBytes() >> 20);
			default -> List.of();
		};
		boolean problem = status.state() == IndexStatus.State.TOO_BIG || status.state() == IndexStatus.State.FAILED;
		return new Note("segment-index-status", "segmentIndex.heading", key, args, problem);
	}

}
