package io.finseg.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.clustering.run.FeatureRows;
import io.finseg.clustering.run.Sample;
import io.finseg.clustering.run.Scaling;
import io.finseg.clustering.run.WekaTrainer;
import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.datagen.GenerationResult;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.ClusterMembership;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/**
 * Clustering on 20,000 generated customers (seed 7, anchor 30 Jun 2026), generated once per
 * class: what it finds, how it assigns, and what a run that does not finish leaves behind.
 * Runs cluster everyone in the database, so they also work over customers other tests left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClusteringContract {

	static final GenerationRequest DATA = new GenerationRequest(20_000, 7, LocalDate.of(2026, 6, 30));

	/** The customers generated for the class: {@link #DATA} unless a database needs fewer. */
	GenerationRequest data() {
		return DATA;
	}

	@Autowired
	ClusteringService clustering;

	@Autowired
	ClusterMembership membership;

	@Autowired
	ClusteringRecovery recovery;

	@Autowired
	SegmentService segments;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	FeatureRows rows;

	@Autowired
	WekaTrainer weka;

	@Autowired
	ClusteringFeatures catalogue;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	GenerationResult generated;

	@BeforeAll
	void generateCustomersAndFeatures() throws Exception {
		generated = generator.generate(data(), GenerationProgress.NONE);
		jobs.awaitEnd(features.startRebuild(data().anchorDate(), "tester"), Duration.ofMinutes(5));
	}

	/** The bar, for 20,000 generated customers clustered on their own. */
	double minimumAdjustedRandIndex() {
		return 0.5;
	}

	@Test
	void kMeansWithFiveClustersOnTheDefaultFeaturesRecoversTheGeneratedLifeStages() throws Exception {
		ClusterRun run = runToEnd(kMeans(5, 42));
		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		Map<Long, Integer> clusters = assignments(run.id());
		int[] stages = new int[data().customers()];
		int[] found = new int[data().customers()];
		for (int i = 0; i < data().customers(); i++) {
			stages[i] = generator.drawnLifeStage(data(), i).ordinal();
			found[i] = clusters.get(generated.firstCustomerId() + i);
		}
		assertThat(AdjustedRandIndex.of(stages, found)).as("adjusted Rand index against the drawn life stages")
			.isGreaterThanOrEqualTo(minimumAdjustedRandIndex());
		List<Integer> shuffled = new ArrayList<>();
		for (int stage : stages) {
			shuffled.add(stage);
		}
		Collections.shuffle(shuffled, new Random(1));
		int[] baseline = shuffled.stream().mapToInt(Integer::intValue).toArray();
		assertThat(AdjustedRandIndex.of(baseline, found)).as("shuffled life stages").isLessThan(0.05);
	}

	@Test
	void assignsEverySampledCustomerToTheClusterWekaGaveIt() throws Exception {
		RunParameters parameters = kMeans(4, 99);
		ClusterRun run = runToEnd(parameters);
		Population everyone = new Population(features.current().table().tableName(), "1 = 1", Map.of());
		Sample sample = new Sample(parameters.sampleSize(), parameters.seed());
		rows.forEachBatch(everyone, parameters.features(), 5_000, batch -> {
			sample.offer(batch);
			return true;
		});
		Scaling scaling = Scaling.fit(parameters.features(), catalogue, sample.rows());
		WekaTrainer.Training training = weka.train(Algorithm.KMEANS, 4, scaling.standardiseAll(sample.rows()),
				parameters.seed(), parameters.maxIterations());
		Map<Long, Integer> streamed = assignments(run.id());
		long[] ids = sample.ids();
		int differ = 0;
		for (int i = 0; i < ids.length; i++) {
			differ += streamed.get(ids[i]) == training.sampleAssignments()[i] ? 0 : 1;
		}
		assertThat(ids.length).isEqualTo(Math.min(parameters.sampleSize(), features.current().customers()));
		assertThat(differ).as("sampled customers whose streamed cluster differs from Weka's").isZero();
	}

	@Test
	void choosesKByTheBestSilhouetteAndKeepsEveryKTried() throws Exception {
		ClusterRun run = runToEnd(new RunParameters(Algorithm.KMEANS, null, 2, 6, ClusteringFeatures.DEFAULTS, null,
				5_000, 3, 500));
		List<KScore> scores = ClusteringJson.kScores(run.kChoiceJson());
		assertThat(scores).extracting(KScore::k).containsExactly(2, 3, 4, 5, 6);
		KScore best = scores.stream().max((x, y) -> Double.compare(x.silhouette(), y.silhouette())).orElseThrow();
		assertThat(run.clusterCount()).isEqualTo(best.k());
		assertThat(clustering.clusters(run.id())).hasSize(best.k());
	}

	@Test
	void emRunsGiveClustersWithProfilesAndLabelsAndCompareToKMeansOverTheWholePopulation() throws Exception {
		ClusterRun em = runToEnd(new RunParameters(Algorithm.EM, 4, null, null, ClusteringFeatures.DEFAULTS, null,
				5_000, 5, 100));
		ClusterRun kMeans = runToEnd(kMeans(3, 5));
		assertThat(em.status()).isEqualTo(RunStatus.COMPLETED);
		List<RunCluster> clusters = clustering.clusters(em.id());
		assertThat(clusters).isNotEmpty().allSatisfy(cluster -> {
			assertThat(cluster.label()).isNotBlank();
			assertThat(ClusteringJson.profiles(cluster.profileJson())).hasSize(ClusteringFeatures.DEFAULTS.size());
		});
		long population = features.current().customers();
		assertThat(clusters.stream().mapToLong(RunCluster::size).sum()).isEqualTo(population);
		long cells = clustering.crossCounts(kMeans.id(), em.id()).stream().mapToLong(cell -> cell[2]).sum();
		assertThat(cells).isEqualTo(population);
		String total = String.format(java.util.Locale.UK, "%,d", population);
		for (ClusterRun run : List.of(em, kMeans)) {
			assertThat(mvc.get().uri("/clustering/" + run.id()).with(user("ana").roles("ANALYST"))).hasStatusOk()
				.bodyText()
				.contains("id=\"heatmap\"", "All customers", total, "sd");
		}
		assertThat(mvc.get().uri("/clustering/compare?a=" + kMeans.id() + "&b=" + em.id()).with(user("ana").roles("ANALYST")))
			.hasStatusOk().bodyText().contains("id=\"cross-total\">" + total + "<");
		assertThat(mvc.get().uri("/clustering").with(user("ana").roles("ANALYST"))).hasStatusOk();
		assertThat(mvc.get().uri("/clustering/new").with(user("mia").roles("MARKETER"))).hasStatusOk();
	}

	@Test
	void aClusterSavedAsASegmentHasTheClusterAsMembersAndCarriesTheProtectedFlag() throws Exception {
		ClusterRun run = runToEnd(kMeans(3, 11));
		RunCluster second = clustering.clusters(run.id()).get(1);
		long segment = segments.create("Cluster 2 of run " + run.id(), null, Purpose.GENERAL, "tester",
				new RuleNode.Group(RuleNode.Logic.AND, List.of(new RuleNode.ClusterCondition(run.id(), 1))));
		assertThat(segments.count(segments.get(segment).rule(), segment).customers()).isEqualTo(second.size());
		assertThat(membership.trainedOnProtectedAttributes(run.id())).as("age is among the default features").isTrue();
		assertThat(membership.membersQuery(run.id(), 3)).as("no fourth cluster").isEmpty();
	}

	@Test
	void clustersOnlyTheMembersOfASavedSegment() throws Exception {
		long older = segments.create("Fifty and over " + System.nanoTime(), null, Purpose.GENERAL, "tester",
				new RuleNode.Condition("age", Operator.GE, List.of("50")));
		ClusterRun run = runToEnd(new RunParameters(Algorithm.KMEANS, 3, null, null, ClusteringFeatures.DEFAULTS, older,
				5_000, 2, 500));
		long members = segments.count(segments.get(older).rule(), older).customers();
		assertThat(members).isPositive().isLessThan(features.current().customers());
		assertThat(run.populationSize()).isEqualTo(members);
		assertThat(clustering.assignments(run.id())).isEqualTo(members);
	}

	@Test
	void aCancelledRunEndsCancelledWithNoAssignments() throws Exception {
		long id = clustering.start(new RunParameters(Algorithm.KMEANS, null, 2, 12, ClusteringFeatures.DEFAULTS, null,
				20_000, 8, 500), "tester");
		ClusterRun run = clustering.get(id);
		while (run.jobId() == null || (run.status() == RunStatus.QUEUED && jobs.get(run.jobId()).isActive())) {
			Thread.sleep(10);
			run = clustering.get(id);
		}
		assertThat(clustering.cancel(id)).isTrue();
		jobs.awaitEnd(run.jobId(), Duration.ofMinutes(2));
		assertThat(clustering.get(id).status()).isEqualTo(RunStatus.CANCELLED);
		assertThat(clustering.assignments(id)).isZero();
		assertThat(membership.membersQuery(id, 0)).isEmpty();
	}

	@Test
	void aRunCutOffByARestartIsMarkedFailedAndItsAssignmentsRemoved() {
		long id = clustering.start(kMeans(2, 1), "tester");
		awaitQuietly(id);
		jdbc.sql("UPDATE cluster_run SET status = 'RUNNING' WHERE id = :id").param("id", id).update();
		jdbc.sql("DELETE FROM cluster_run_cluster WHERE run_id = :id").param("id", id).update();
		assertThat(clustering.assignments(id)).as("assignments written before the restart").isPositive();

		recovery.failRunsCutOffByARestart();

		assertThat(clustering.get(id).status()).isEqualTo(RunStatus.FAILED);
		assertThat(clustering.assignments(id)).isZero();
		assertThat(membership.membersQuery(id, 0)).isEmpty();
	}

	static RunParameters kMeans(int k, long seed) {
		return new RunParameters(Algorithm.KMEANS, k, null, null, ClusteringFeatures.DEFAULTS, null, 5_000, seed, 500);
	}

	ClusterRun runToEnd(RunParameters parameters) throws InterruptedException {
		long id = clustering.start(parameters, "tester");
		ClusterRun run = clustering.get(id);
		while (run.jobId() == null) {
			Thread.sleep(10);
			run = clustering.get(id);
		}
		jobs.awaitEnd(run.jobId(), Duration.ofMinutes(3));
		return clustering.get(id);
	}

	private void awaitQuietly(long id) {
		try {
			runToEndOf(id);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void runToEndOf(long id) throws InterruptedException {
		ClusterRun run = clustering.get(id);
		while (run.jobId() == null) {
			Thread.sleep(10);
			run = clustering.get(id);
		}
		jobs.awaitEnd(run.jobId(), Duration.ofMinutes(3));
	}

	Map<Long, Integer> assignments(long runId) {
		Map<Long, Integer> clusters = new HashMap<>();
		jdbc.sql("SELECT customer_id, cluster_number FROM cluster_assignment WHERE run_id = :run")
			.param("run", runId)
			.query(rs -> {
				clusters.put(rs.getLong(1), rs.getInt(2));
			});
		return clusters;
	}

}
