package io.finseg.segment;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which saved segments name an attribute in a condition of their own rule: a custom attribute
 * they use is not deleted (a segment that only refers to such a segment is listed through it).
 */
@Component
public class AttributeUsage {

	private final SegmentRepository segments;

	AttributeUsage(SegmentRepository segments) {
		this.segments = segments;
	}

	/** The names of the segments whose rule has a condition on the attribute, by name. */
	@Transactional(readOnly = true)
	public List<String> segmentsUsing(String column) {
		return segments.all().stream().filter(segment -> uses(segment.rule(), column)).map(Segment::name).sorted().toList();
	}

	static boolean uses(RuleNode node, String column) {
		if (node instanceof RuleNode.Group group) {
			return group.children().stream().anyMatch(child -> uses(child, column));
		}
		return node instanceof RuleNode.Condition condition && column.equals(condition.attribute());
	}

}
