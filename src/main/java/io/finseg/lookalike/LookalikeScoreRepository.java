package io.finseg.lookalike;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every customer's score under a completed model (changeset 025), written in batches by the training job. */
@Repository
class LookalikeScoreRepository {

	/**
	 * The members of "scores at least": over this table only, with {@code :model} and
	 * {@code :minimum} for the segment compiler to bind; a model that did not complete has no rows.
	 */
	static final String AT_LEAST = "SELECT customer_id FROM lookalike_score WHERE model_id = :model AND score >= :minimum";

	private static final int BATCH = 5_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	LookalikeScoreRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Collects scores and writes them a batch at a time; {@link Writer#close()} writes the rest. */
	Writer writer(long modelId) {
		return new Writer(modelId);
	}

	int eraseCustomer(long customerId) {
		return jdbc.sql("DELETE FROM lookalike_score WHERE customer_id = :id").param("id", customerId).update();
	}

	final class Writer implements AutoCloseable {

		private final long modelId;

		private final List<Object[]> pending = new ArrayList<>(BATCH);

		private Writer(long modelId) {
			this.modelId = modelId;
		}

		void add(int customerId, double score) {
			pending.add(new Object[] { modelId, customerId, score });
			if (pending.size() == BATCH) {
				flush();
			}
		}

		@Override
		public void close() {
			flush();
		}

		private void flush() {
			if (!pending.isEmpty()) {
				template.batchUpdate("INSERT INTO lookalike_score (model_id, customer_id, score) VALUES (?, ?, ?)", pending);
				pending.clear();
			}
		}

	}

}
