package io.finseg.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Validator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.finseg.clustering.ClusteringService;
import io.finseg.customer.CustomerErasure;
import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.JobStatus;
import io.finseg.jobs.Jobs;
import io.finseg.segment.FairLendingGuard;
import io.finseg.segment.IndexedCounts;
import io.finseg.segment.Operator;
import io.finseg.segment.RuleNode;
import io.finseg.segment.RuleSentence;
import io.finseg.segment.SegmentService;

/**
 * What the custom attribute contracts share: customers with features, attributes declared with
 * keys of their own per test, files written to a temporary folder and imported, counts.
 */
abstract class AttributesFixture {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

	@Autowired
	AttributeDefinitions definitions;

	@Autowired
	AttributeValuesImport imports;

	@Autowired
	SegmentService segments;

	@Autowired
	FairLendingGuard guard;

	@Autowired
	RuleSentence sentences;

	@Autowired
	CustomerErasure erasure;

	@Autowired
	DataGenerator generator;

	@Autowired
	FeatureService features;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ClusteringService clustering;

	@Autowired
	IndexedCounts index;

	@Autowired
	Validator validator;

	@TempDir
	Path folder;

	/** The suffix that keeps this test's attribute keys apart from other tests' in the same database. */
	String n;

	@BeforeEach
	void customers() throws Exception {
		if (features.current().customers() < 300) {
			generator.generate(new GenerationRequest(400, 29, AS_OF), GenerationProgress.NONE);
			jobs.awaitEnd(features.startRebuild(AS_OF, "tester"), Duration.ofSeconds(120));
		}
		n = Integer.toString(NEXT.incrementAndGet());
	}

	static AttributeForm withLabel(AttributeForm form, String label) {
		return new AttributeForm(form.key(), label, form.kind(), form.unit(), form.group(), form.listValues(),
				form.protectedAttribute(), form.description(), form.version());
	}

	void declare(String key, String label, AttributeKind kind, String unit, String listValues, boolean isProtected) {
		definitions.declare(new AttributeForm(key, label, kind, unit, "Loan", listValues, isProtected, null, 0), "admin");
	}

	Path write(String name, CharSequence content) throws IOException {
		Path file = Files.createDirectories(folder.resolve(n)).resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	void assertImported(Path file) throws InterruptedException {
		AttributeValuesImport.Outcome outcome = imports.importFile(file, file.getFileName().toString(), "admin");
		assertThat(outcome.problems()).as("problems").isEmpty();
		assertThat(jobs.awaitEnd(outcome.jobId(), Duration.ofSeconds(60)).status()).isEqualTo(JobStatus.SUCCEEDED);
	}

	/** The customers of the active features snapshot: those a segment counts. */
	List<Long> featureCustomers() {
		return new ArrayList<>(jdbc.sql("SELECT customer_id FROM %s ORDER BY customer_id"
			.formatted(features.current().table().tableName())).query(Long.class).list());
	}

	<T> Map<Long, T> values(String key, String column, Class<T> type) {
		Map<Long, T> values = new HashMap<>();
		jdbc.sql("SELECT customer_id, %s FROM customer_attribute WHERE attribute_key = :key".formatted(column))
			.param("key", key).query(rs -> {
				values.put(rs.getLong(1), rs.getObject(2, type));
			});
		return values;
	}

	long storedValues(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM customer_attribute WHERE attribute_key = :key").param("key", key)
			.query(Long.class).single();
	}

	long count(RuleNode rule) {
		return segments.count(rule, null).customers();
	}

	static RuleNode.Condition condition(String key, Operator operator, String... values) {
		return new RuleNode.Condition("custom." + key, operator, List.of(values));
	}

}
