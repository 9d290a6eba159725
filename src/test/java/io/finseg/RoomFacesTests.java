package io.finseg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.core.NamedInterfaces;

import io.finseg.clustering.Algorithm;
import io.finseg.clustering.ClusterLabeler;
import io.finseg.clustering.ClusterRun;
import io.finseg.clustering.ClusterRunRepository;
import io.finseg.clustering.ClusteringException;
import io.finseg.clustering.ClusteringFeatures;
import io.finseg.clustering.ClusteringJson;
import io.finseg.clustering.ClusteringService;
import io.finseg.clustering.Population;
import io.finseg.clustering.RunCluster;
import io.finseg.clustering.RunParameters;
import io.finseg.clustering.RunResult;
import io.finseg.clustering.RunWork;
import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.ClusterMembership;
import io.finseg.segment.CompiledRule;
import io.finseg.segment.IndexedCounts;
import io.finseg.segment.LargestSegments;
import io.finseg.segment.MemberQueries;
import io.finseg.segment.ModelScores;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleCompiler;
import io.finseg.segment.RuleException;
import io.finseg.segment.RuleNode;
import io.finseg.segment.RuleSentence;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentCount;
import io.finseg.segment.SegmentRepository;
import io.finseg.segment.SegmentService;
import io.finseg.segment.SegmentSizeRepository;
import io.finseg.segment.SegmentUsage;
import io.finseg.segment.pages.SegmentOverlap;
import io.finseg.segment.pages.SegmentWhy;

/**
 * The big rooms show other rooms only their face: what only their wings share is in the named
 * interface {@code wings} ({@link ModularityTests} checks the arrows between and inside rooms).
 */
class RoomFacesTests {

	/**
	 * Clustering's face (the unnamed interface, all another room gets by allowing
	 * {@code clustering}) is the service and the run model; what only its wings share is in the
	 * named interface {@code wings}.
	 */
	@Test
	void clusteringShowsOtherRoomsOnlyItsFace() {
		NamedInterfaces interfaces = ModularityTests.ROOMS.getModuleByName("clustering").orElseThrow().getNamedInterfaces();
		NamedInterface face = interfaces.getUnnamedInterface();
		List<Class<?>> wingsOnly = List.of(ClusterRunRepository.class, ClusterLabeler.class, ClusteringJson.class,
				RunWork.class, RunResult.class, RunCluster.class, Population.class);
		assertThat(List.of(ClusteringService.class, ClusterRun.class, RunParameters.class, Algorithm.class,
				ClusteringFeatures.class, ClusteringException.class)).allMatch(face::contains);
		assertThat(wingsOnly).noneMatch(face::contains);
		assertThat(interfaces.getByName("wings")).hasValueSatisfying(wings -> assertThat(wingsOnly).allMatch(wings::contains));
	}

	/**
	 * Segment's face is the service, the rule model and the interfaces other rooms implement or
	 * use; the repositories and the compiler its wings share are in the named interface
	 * {@code wings}, and the wings' own types (builder, pages) are in neither.
	 */
	@Test
	void segmentShowsOtherRoomsOnlyItsFace() {
		NamedInterfaces interfaces = ModularityTests.ROOMS.getModuleByName("segment").orElseThrow().getNamedInterfaces();
		NamedInterface face = interfaces.getUnnamedInterface();
		List<Class<?>> wingsOnly = List.of(SegmentRepository.class, SegmentSizeRepository.class, MemberQueries.class,
				RuleCompiler.class);
		assertThat(List.of(SegmentService.class, RuleNode.class, Attribute.class, AttributeCatalogue.class, Purpose.class,
				CompiledRule.class, Segment.class, SegmentCount.class, RuleException.class, RuleSentence.class,
				ClusterMembership.class, ModelScores.class, IndexedCounts.class, LargestSegments.class, SegmentUsage.class))
			.allMatch(face::contains);
		assertThat(wingsOnly).noneMatch(face::contains);
		assertThat(List.of(SegmentOverlap.class, SegmentWhy.class)).noneMatch(face::contains);
		assertThat(interfaces.getByName("wings")).hasValueSatisfying(wings -> assertThat(wingsOnly).allMatch(wings::contains));
	}

}
