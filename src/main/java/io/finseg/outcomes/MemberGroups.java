package io.finseg.outcomes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.finseg.campaign.CampaignMembers;
import io.finseg.features.FeatureService;
import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.AttributeType;
import io.finseg.segment.SegmentService;

/**
 * Which group each campaign member falls in for a breakdown, from the customer features as
 * they are now: an attribute's value (the column name comes from the attribute catalogue only)
 * or whether the member is in a segment. Members are looked up a thousand ids at a time.
 */
@Component
class MemberGroups {

	static final String NO_VALUE = "";

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final FeatureService features;

	private final SegmentService segments;

	private final AttributeCatalogue catalogue;

	MemberGroups(JdbcClient jdbc, FeatureService features, SegmentService segments, AttributeCatalogue catalogue) {
		this.jdbc = jdbc;
		this.features = features;
		this.segments = segments;
		this.catalogue = catalogue;
	}

	Grouping grouping(CampaignMembers members, Breakdown breakdown) {
		List<List<Integer>> chunks = chunks(members);
		if (breakdown.kind() == Breakdown.Kind.SEGMENT) {
			return bySegment(chunks, breakdown.segmentId());
		}
		Attribute attribute = catalogue.find(breakdown.attribute()).orElseThrow();
		String table = features.current().table().tableName();
		Map<Integer, String> values = new HashMap<>();
		for (List<Integer> chunk : chunks) {
			jdbc.sql("SELECT customer_id, %s FROM %s WHERE customer_id IN (:ids)".formatted(attribute.column(), table))
				.param("ids", chunk)
				.query(rs -> {
					String value = rs.getString(2);
					if (value != null && attribute.type() == AttributeType.BOOLEAN) {
						value = rs.getBoolean(2) ? "true" : "false";
					}
					values.put(rs.getInt(1), value == null ? NO_VALUE : value);
				});
		}
		return new Grouping(id -> values.getOrDefault(id, NO_VALUE), value -> labelKey(attribute, value));
	}

	private Grouping bySegment(List<List<Integer>> chunks, long segmentId) {
		SegmentService.Membership membership = segments.membership(segmentId);
		Set<Integer> inside = new HashSet<>();
		for (List<Integer> chunk : chunks) {
			jdbc.sql("SELECT f.customer_id FROM %s f WHERE (%s) AND f.customer_id IN (:outcomeMembers)"
				.formatted(membership.featuresTable(), membership.rule().condition()))
				.params(membership.rule().parameters())
				.param("outcomeMembers", chunk)
				.query(rs -> {
					inside.add(rs.getInt(1));
				});
		}
		return new Grouping(id -> inside.contains(id) ? "in" : "out",
				value -> "in".equals(value) ? "outcomes.group.inSegment" : "outcomes.group.notInSegment");
	}

	private static String labelKey(Attribute attribute, String value) {
		if (NO_VALUE.equals(value)) {
			return "outcomes.group.noValue";
		}
		return switch (attribute.type()) {
			case ENUM -> attribute.valueLabelKey(value);
			case BOOLEAN -> "true".equals(value) ? "outcomes.group.yes" : "outcomes.group.no";
			default -> null;
		};
	}

	private static List<List<Integer>> chunks(CampaignMembers members) {
		List<Integer> ids = new ArrayList<>(members.size());
		members.forEach((customer, holdout) -> ids.add(customer));
		List<List<Integer>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
		}
		return chunks;
	}

	/** A member's group, and the message key that names a group (null: show the value as it is). */
	record Grouping(IntFunction<String> group, Function<String, String> labels) {

		String groupOf(int customerId) {
			return group.apply(customerId);
		}

		String labelKey(String value) {
			return labels.apply(value);
		}

	}

}
