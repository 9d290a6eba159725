package io.finseg.segment.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.finseg.segment.RuleNode;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentRepository;
import io.finseg.segment.SegmentUsage;
import io.finseg.segment.SegmentUse;

/**
 * What depends on a segment: other segments whose rule refers to it anywhere in its tree, and
 * whatever the {@link SegmentUsage} beans of other rooms report. A segment with dependents is
 * not deleted.
 */
@Component
class SegmentDependents {

	private final SegmentRepository segments;

	private final ObjectProvider<SegmentUsage> usages;

	private final MessageSource messages;

	SegmentDependents(SegmentRepository segments, ObjectProvider<SegmentUsage> usages, MessageSource messages) {
		this.segments = segments;
		this.usages = usages;
		this.messages = messages;
	}

	List<SegmentUse> of(long segmentId, Locale locale) {
		List<SegmentUse> uses = new ArrayList<>();
		for (Segment other : segments.all()) {
			if (other.id() != segmentId && refersTo(other.rule(), segmentId)) {
				uses.add(new SegmentUse(messages.getMessage("segment.dependent.segment", new Object[] { other.name() }, locale),
						"/segments/" + other.id()));
			}
		}
		usages.orderedStream().forEach(usage -> uses.addAll(usage.usesOf(segmentId, locale)));
		return uses;
	}

	static boolean refersTo(RuleNode node, long segmentId) {
		if (node instanceof RuleNode.Group group) {
			return group.children().stream().anyMatch(child -> refersTo(child, segmentId));
		}
		return node instanceof RuleNode.SegmentReference reference && reference.segmentId() == segmentId;
	}

}
