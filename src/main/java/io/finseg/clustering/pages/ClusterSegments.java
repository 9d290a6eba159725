package io.finseg.clustering.pages;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.clustering.ClusterRunNotFoundException;
import io.finseg.clustering.ClusteringService;
import io.finseg.clustering.RunCluster;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/** Keeps a cluster as a segment: a rule with the single condition "in cluster n of run r". */
@Service
class ClusterSegments {

	private final ClusteringService clustering;

	private final SegmentService segments;

	private final AuditLog audit;

	private final MessageSource messages;

	ClusterSegments(ClusteringService clustering, SegmentService segments, AuditLog audit, MessageSource messages) {
		this.clustering = clustering;
		this.segments = segments;
		this.audit = audit;
		this.messages = messages;
	}

	/** @return the new segment's id */
	@Transactional
	long save(long runId, int cluster, String name, String owner) {
		RunCluster saved = clustering.clusters(runId).stream()
			.filter(candidate -> candidate.number() == cluster)
			.findFirst()
			.filter(candidate -> clustering.get(runId).completed())
			.orElseThrow(() -> new ClusterRunNotFoundException(runId));
		String description = messages.getMessage("clustering.cluster.segmentDescription",
				new Object[] { cluster + 1, runId, saved.label() }, Locale.ENGLISH);
		long segmentId = segments.create(name.strip(), description, Purpose.GENERAL, owner,
				new RuleNode.Group(RuleNode.Logic.AND, List.of(new RuleNode.ClusterCondition(runId, cluster))));
		audit.record(AuditAction.SEGMENT_CREATED, "SEGMENT", segmentId,
				"from cluster %d of clustering run %d".formatted(cluster + 1, runId));
		return segmentId;
	}

	long size(long runId, int cluster) {
		return clustering.clusters(runId).stream().filter(c -> c.number() == cluster).mapToLong(RunCluster::size).sum();
	}

}
