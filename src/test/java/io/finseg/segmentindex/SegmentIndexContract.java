package io.finseg.segmentindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.customer.CustomerErasure;
import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.features.FeatureSnapshot;
import io.finseg.jobs.Jobs;
import io.finseg.segment.IndexedCounts;
import io.finseg.segment.Operator;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentRules;
import io.finseg.segment.SegmentService;

/** The segment index's life: swapped whole, erasures at once, its state on /admin/jobs. */
abstract class SegmentIndexContract {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	static final SegmentRules NO_SEGMENTS = id -> Optional.empty();

	static final RuleNode EVERYONE = new RuleNode.Condition("products_count", Operator.IS_NOT_EMPTY, List.of());

	static final RuleNode ADULTS_WITH_SAVINGS = new RuleNode.Group(RuleNode.Logic.AND, List.of(
			new RuleNode.Condition("age", Operator.GE, List.of("18")),
			new RuleNode.Condition("has_savings", Operator.EQ, List.of("true"))));

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SegmentIndex index;

	@Autowired
	IndexLoader loader;

	@Autowired
	IndexedCounts counts;

	@Autowired
	CustomerErasure erasure;

	@Autowired
	SegmentService segments;

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void customersWithFeatures() throws InterruptedException {
		generator.generate(new GenerationRequest(300, 5, AS_OF), GenerationProgress.NONE);
		jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
	}

	@Test
	void readersKeepThePreviousIndexUntilTheNewOneIsComplete() throws Exception {
		FeatureSnapshot snapshot = features.current();
		ColumnIndex before = index.current().orElseThrow();
		long adults = members(ADULTS_WITH_SAVINGS, snapshot).count().customers();
		CountDownLatch halfRead = new CountDownLatch(1);
		CountDownLatch goOn = new CountDownLatch(1);
		CompletableFuture<ColumnIndex> build = CompletableFuture.supplyAsync(() -> {
			ColumnIndex built = loader.load(snapshot, new IndexLoader.Progress() {
				@Override
				public void rows(long done, long total) {
					halfRead.countDown();
					await(goOn);
				}

				@Override
				public boolean stopRequested() {
					return false;
				}
			});
			index.publish(built);
			return built;
		});
		assertThat(halfRead.await(60, TimeUnit.SECONDS)).isTrue();

		assertThat(index.current()).containsSame(before);
		assertThat(members(ADULTS_WITH_SAVINGS, snapshot).count().customers()).isEqualTo(adults);

		goOn.countDown();
		ColumnIndex after = build.get(60, TimeUnit.SECONDS);
		assertThat(after).isNotSameAs(before);
		assertThat(index.current()).containsSame(after);
		assertThat(members(ADULTS_WITH_SAVINGS, snapshot).count().customers()).isEqualTo(adults);
	}

	@Test
	void anErasedCustomerIsGoneFromCountsAtOnce() {
		FeatureSnapshot snapshot = features.current();
		IndexedCounts.IndexedMembers everyone = members(EVERYONE, snapshot);
		long customer = everyone.first(1).get(0);
		long before = everyone.count().customers();

		assertThat(erasure.erase(customer)).isPresent();

		IndexedCounts.IndexedMembers after = members(EVERYONE, features.current());
		assertThat(after.count().customers()).isEqualTo(before - 1)
			.isEqualTo(jdbc.sql("SELECT COUNT(*) FROM " + snapshot.table().tableName()).query(Long.class).single());
		assertThat(after.first(5)).doesNotContain(customer);
	}

	@Test
	void aRuleAskedAgainIsAnsweredFromItsKeptRowsAndStillLosesAnErasedCustomerAtOnce() {
		long before = segments.count(ADULTS_WITH_SAVINGS, null).customers();
		long customer = segments.firstMembers(ADULTS_WITH_SAVINGS, null, 1).get(0);
		assertThat(segments.count(ADULTS_WITH_SAVINGS, null).customers()).isEqualTo(before);

		assertThat(erasure.erase(customer)).isPresent();

		assertThat(segments.count(ADULTS_WITH_SAVINGS, null).customers()).isEqualTo(before - 1)
			.isEqualTo(members(ADULTS_WITH_SAVINGS, features.current()).count().customers());
		assertThat(segments.firstMembers(ADULTS_WITH_SAVINGS, null, 5)).doesNotContain(customer);
		assertThat(segments.consentBreakdown(ADULTS_WITH_SAVINGS, null).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(before - 1);
	}

	@Test
	void showsOnTheJobsPageThatItIsReadyAndHowBig() {
		assertThat(mvc.get().uri("/admin/jobs").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("id=\"segment-index-status\"", "Segment index", "Ready:", "customers in memory", "Build of the segment index");
	}

	private IndexedCounts.IndexedMembers members(RuleNode rule, FeatureSnapshot snapshot) {
		return counts.members(rule, NO_SEGMENTS, snapshot).orElseThrow(() -> new AssertionError("the index gave no answer"));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
