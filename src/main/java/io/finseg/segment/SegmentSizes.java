package io.finseg.segment;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.finseg.features.FeaturesRebuilt;

/**
 * Records every saved segment's size and contactable sizes after each feature build: the size
 * history ({@link SegmentSizeRepository}), without a job of its own. A segment whose rule no
 * longer compiles is skipped (and logged), never blocking the others.
 */
@Component
class SegmentSizes {

	private static final Logger log = LoggerFactory.getLogger(SegmentSizes.class);

	private final SegmentRepository segments;

	private final SegmentService service;

	private final SegmentSizeRepository sizes;

	private final Clock clock;

	SegmentSizes(SegmentRepository segments, SegmentService service, SegmentSizeRepository sizes, Clock clock) {
		this.segments = segments;
		this.service = service;
		this.sizes = sizes;
		this.clock = clock;
	}

	@EventListener
	void on(FeaturesRebuilt event) {
		for (Segment segment : segments.all()) {
			try {
				sizes.record(segment.id(), event.asOf(), service.count(segment.rule(), segment.id()), LocalDateTime.now(clock));
			}
			catch (RuleException e) {
				log.warn("Segment {} not sized after the build as of {}: {}", segment.id(), event.asOf(), e.messageKey());
			}
		}
	}

}
