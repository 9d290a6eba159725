package io.finseg.lookalike;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.finseg.campaign.CampaignForm;
import io.finseg.campaign.CampaignService;
import io.finseg.campaign.ExportField;
import io.finseg.consent.Channel;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Job;
import io.finseg.jobs.Jobs;
import io.finseg.outcomes.Outcome;
import io.finseg.outcomes.OutcomeService;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/**
 * Not a test: the look-alike benchmark of bench/lookalike.sh, run on demand against the database
 * in FINSEG_DB_URL (never by ./mvnw verify: its name matches no test pattern). Freezes a campaign
 * over every customer, plants conversions by income, then times what the training job does (the
 * seeded split, reading both parts, J48 and Logistic, AUC, leaves, deciles) and the scoring of
 * every customer with the chosen model, then the training job itself end to end (the same, plus
 * writing every customer's score); writes both parts to CSV for scikit-learn's comparison.
 */
@SpringBootTest(properties = "finseg.data-dir=target/bench")
class LookalikeBenchmark {

	@Autowired
	SegmentService segments;

	@Autowired
	CampaignService campaigns;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	FeatureService features;

	@Autowired
	LookalikeFeatures lookalikeFeatures;

	@Autowired
	ModelFeatureReader reader;

	@Autowired
	LookalikeService lookalikes;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void trainAndScoreEveryCustomer() throws Exception {
		long segment = segments.create("Everyone " + System.nanoTime(), null, Purpose.GENERAL, "bench",
				new RuleNode.Condition("customer_since", Operator.IS_NOT_EMPTY, List.of()));
		long campaign = campaigns.create(new CampaignForm("Look-alike bench " + System.nanoTime(), segment, Channel.EMAIL,
				Purpose.GENERAL, List.of(ExportField.CUSTOMER_ID), 10), "bench");
		long members = campaigns.freeze(campaign, campaigns.get(campaign).version(), "bench");
		List<Long> converters = PlantedOutcomes.convertersByIncome(jdbc, features.current().table().tableName(), campaign, 5);
		outcomes.upload(campaign, "bench.csv", new StringReader(PlantedOutcomes.csv(converters)), "bench");
		System.out.printf("BENCH campaign of %,d members, %,d converters planted%n", members, converters.size());

		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		List<Integer> target = new ArrayList<>();
		campaigns.members(campaign).forEach((customer, holdout) -> {
			if (!holdout) {
				target.add(customer);
			}
		});
		Set<Integer> reached = outcomes.customersWith(campaign, Outcome.CONVERTED);
		SeededSplit split = SeededSplit.of(target.stream().mapToInt(Integer::intValue).toArray(), 42, LookalikeWork.PART_CAP);
		List<ModelColumn> columns = LookalikeFeatures.columns(lookalikeFeatures.attributes(true));
		Labelled train = reader.read(split.train(), reached::contains, columns);
		Labelled test = reader.read(split.test(), reached::contains, columns);
		long read = System.nanoTime();
		LookalikeTrainer.Trained trained = LookalikeTrainer.train(columns, train, test);
		long trainedAt = System.nanoTime();
		List<String> names = trained.columns().stream().map(ModelColumn::name).toList();
		List<Integer> positions = names.stream().map(name -> columns.stream().map(ModelColumn::name).toList().indexOf(name)).toList();
		long[] scored = { 0 };
		double[] sum = { 0 };
		reader.forEach(trained.columns(), (customer, values) -> {
			try {
				sum[0] += trained.scorer().score(values);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			scored[0]++;
		});
		long scoredAt = System.nanoTime();
		long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		System.out.printf("BENCH training on %,d and testing on %,d customers (%d columns): reading %.1f s, Weka %.1f s; "
				+ "scoring %,d customers %.1f s (mean score %.3f); %.1f s in all, peak heap %d MB of max %d MB%n",
				train.size(), test.size(), trained.columns().size(), seconds(started, read), seconds(read, trainedAt),
				scored[0], seconds(trainedAt, scoredAt), sum[0] / scored[0], seconds(started, scoredAt), peakHeap >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("BENCH AUC on the test part: Weka J48 %.4f, Weka Logistic %.4f (chosen: %s)%n", trained.treeAuc(),
				trained.logisticAuc(), trained.chosen());
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long jobStarted = System.nanoTime();
		long modelId = lookalikes.start(campaign, Outcome.CONVERTED, true, 42, "bench");
		Job job = jobs.awaitEnd(lookalikes.get(campaign, modelId).jobId(), Duration.ofMinutes(10));
		long jobEnded = System.nanoTime();
		LookalikeModel model = lookalikes.get(campaign, modelId);
		long jobPeakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		System.out.printf("BENCH the training job end to end (%s): %.1f s, %,d customers scored and their scores written, "
				+ "AUC %.4f, peak heap %d MB%n", job.status(), seconds(jobStarted, jobEnded), model.scores().scored(),
				model.chosenAuc(), jobPeakHeap >> 20);
		write(Path.of("target", "bench", "lookalike-train.csv"), names, positions, train);
		write(Path.of("target", "bench", "lookalike-test.csv"), names, positions, test);
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	/** The part's rows in the model's columns, the label last; an empty value is an empty field. */
	private static void write(Path file, List<String> names, List<Integer> positions, Labelled part) throws IOException {
		Files.createDirectories(file.getParent());
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", names) + ",reached\n");
			for (int i = 0; i < part.size(); i++) {
				double[] row = part.values()[i];
				out.write(positions.stream().map(p -> Double.isNaN(row[p]) ? "" : Double.toString(row[p]))
					.collect(Collectors.joining(",")));
				out.write(part.reached()[i] ? ",1\n" : ",0\n");
			}
		}
	}

}
