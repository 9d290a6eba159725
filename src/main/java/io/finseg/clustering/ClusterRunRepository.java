package io.finseg.clustering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;

/** The clustering tables: runs, their clusters and the assignments of customers to clusters. */
@NamedInterface(ClusteringWings.NAME)
@Repository
public class ClusterRunRepository {

	private static final String RUN_BY_ID = """
			SELECT id, algorithm, cluster_count, k_min, k_max, features, population_segment_id, population_size, sample_size,
			  sample_taken, seed, max_iterations, status, job_id, wcss, silhouette, k_choice_json, transforms_json,
			  trained_on_protected, training_millis, created_by, created_at, finished_at
			FROM cluster_run WHERE id = :id""";

	private static final String RECENT_RUNS = """
			SELECT id, algorithm, cluster_count, k_min, k_max, features, population_segment_id, population_size, sample_size,
			  sample_taken, seed, max_iterations, status, job_id, wcss, silhouette, k_choice_json, transforms_json,
			  trained_on_protected, training_millis, created_by, created_at, finished_at
			FROM cluster_run ORDER BY id DESC LIMIT :limit""";

	private static final String RUNS_IN_STATUS = """
			SELECT id, algorithm, cluster_count, k_min, k_max, features, population_segment_id, population_size, sample_size,
			  sample_taken, seed, max_iterations, status, job_id, wcss, silhouette, k_choice_json, transforms_json,
			  trained_on_protected, training_millis, created_by, created_at, finished_at
			FROM cluster_run WHERE status IN (:statuses) ORDER BY id""";

	/** Rows per INSERT statement: multi-row VALUES are fast on both databases without URL flags. */
	private static final int ROWS_PER_INSERT = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ClusterRunRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insert(RunParameters parameters, boolean trainedOnProtected, String createdBy, LocalDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO cluster_run (algorithm, cluster_count, k_min, k_max, features, population_segment_id, sample_size,
				  seed, max_iterations, status, trained_on_protected, created_by, created_at, version)
				VALUES (:algorithm, :k, :kMin, :kMax, :features, :segment, :sample, :seed, :iterations, 'QUEUED',
				  :protected, :by, :at, 0)""")
			.param("algorithm", parameters.algorithm().name())
			.param("k", parameters.k())
			.param("kMin", parameters.kMin())
			.param("kMax", parameters.kMax())
			.param("features", String.join(",", parameters.features()))
			.param("segment", parameters.segmentId())
			.param("sample", parameters.sampleSize())
			.param("seed", parameters.seed())
			.param("iterations", parameters.maxIterations())
			.param("protected", trainedOnProtected)
			.param("by", createdBy)
			.param("at", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	void attachJob(long runId, long jobId) {
		jdbc.sql("UPDATE cluster_run SET job_id = :job, version = version + 1 WHERE id = :id")
			.param("job", jobId).param("id", runId).update();
	}

	public void markRunning(long runId, long populationSize) {
		jdbc.sql("UPDATE cluster_run SET status = 'RUNNING', population_size = :size, version = version + 1 WHERE id = :id")
			.param("size", populationSize).param("id", runId).update();
	}

	public void recordTraining(long runId, RunResult result) {
		jdbc.sql("""
				UPDATE cluster_run SET cluster_count = :k, sample_taken = :sample, wcss = :wcss, silhouette = :silhouette,
				  k_choice_json = :choice, transforms_json = :transforms, training_millis = :millis, version = version + 1
				WHERE id = :id""")
			.param("k", result.clusters())
			.param("sample", result.sampleTaken())
			.param("wcss", decimal(result.wcss(), 4))
			.param("silhouette", decimal(result.silhouette(), 4))
			.param("choice", result.kChoiceJson())
			.param("transforms", result.transformsJson())
			.param("millis", result.trainingMillis())
			.param("id", runId)
			.update();
	}

	public void insertClusters(long runId, List<RunCluster> clusters) {
		for (RunCluster cluster : clusters) {
			jdbc.sql("""
					INSERT INTO cluster_run_cluster (run_id, cluster_number, size, label, label_edited, profile_json)
					VALUES (:run, :number, :size, :label, FALSE, :profile)""")
				.param("run", runId).param("number", cluster.number()).param("size", cluster.size())
				.param("label", cluster.label()).param("profile", cluster.profileJson())
				.update();
		}
	}

	public void finish(long runId, RunStatus status, LocalDateTime now) {
		jdbc.sql("UPDATE cluster_run SET status = :status, finished_at = :at, version = version + 1 WHERE id = :id")
			.param("status", status.name()).param("at", now).param("id", runId).update();
	}

	public void insertAssignments(long runId, long[] customerIds, int[] clusters) {
		for (int from = 0; from < customerIds.length; from += ROWS_PER_INSERT) {
			int to = Math.min(customerIds.length, from + ROWS_PER_INSERT);
			StringBuilder sql = new StringBuilder("INSERT INTO cluster_assignment (run_id, customer_id, cluster_number) VALUES ");
			Object[] args = new Object[(to - from) * 3];
			for (int i = from; i < to; i++) {
				sql.append(i == from ? "(?, ?, ?)" : ", (?, ?, ?)");
				int at = (i - from) * 3;
				args[at] = runId;
				args[at + 1] = customerIds[i];
				args[at + 2] = clusters[i];
			}
			template.update(sql.toString(), args);
		}
	}

	/** Removes a run's assignments in customer-id ranges, so no single statement is huge. */
	void deleteAssignments(long runId, int idsPerStatement) {
		Long[] range = jdbc.sql("SELECT MIN(customer_id), MAX(customer_id) FROM cluster_assignment WHERE run_id = :run")
			.param("run", runId)
			.query((rs, row) -> new Long[] { (Long) rs.getObject(1, Long.class), (Long) rs.getObject(2, Long.class) })
			.single();
		if (range[0] == null) {
			return;
		}
		for (long from = range[0] - 1; from < range[1]; from += idsPerStatement) {
			jdbc.sql("DELETE FROM cluster_assignment WHERE run_id = :run AND customer_id > :from AND customer_id <= :to")
				.param("run", runId).param("from", from).param("to", from + idsPerStatement).update();
		}
	}

	Optional<ClusterRun> find(long id) {
		return jdbc.sql(RUN_BY_ID).param("id", id).query(this::run).optional();
	}

	List<ClusterRun> recent(int limit) {
		return jdbc.sql(RECENT_RUNS)
			.param("limit", limit).query(this::run).list();
	}

	List<ClusterRun> inStatus(RunStatus... statuses) {
		return jdbc.sql(RUNS_IN_STATUS)
			.param("statuses", Arrays.stream(statuses).map(Enum::name).toList())
			.query(this::run).list();
	}

	List<RunCluster> clusters(long runId) {
		return jdbc.sql("""
				SELECT run_id, cluster_number, size, label, label_edited, profile_json FROM cluster_run_cluster
				WHERE run_id = :run ORDER BY cluster_number""")
			.param("run", runId)
			.query((rs, row) -> new RunCluster(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
					rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	boolean updateLabel(long runId, int cluster, String label) {
		return jdbc.sql("UPDATE cluster_run_cluster SET label = :label, label_edited = TRUE WHERE run_id = :run AND cluster_number = :cluster")
			.param("label", label).param("run", runId).param("cluster", cluster).update() > 0;
	}

	boolean hasCluster(long runId, int cluster, RunStatus status) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM cluster_run r JOIN cluster_run_cluster c ON c.run_id = r.id
				WHERE r.id = :run AND r.status = :status AND c.cluster_number = :cluster""")
			.param("run", runId).param("status", status.name()).param("cluster", cluster)
			.query(Long.class).single() > 0;
	}

	/** Customers per pair of clusters of two runs, over the customers both runs assigned. */
	List<long[]> crossCounts(long runA, long runB) {
		return jdbc.sql("""
				SELECT a.cluster_number, b.cluster_number, COUNT(*) FROM cluster_assignment a
				JOIN cluster_assignment b ON b.customer_id = a.customer_id AND b.run_id = :b
				WHERE a.run_id = :a GROUP BY a.cluster_number, b.cluster_number""")
			.param("a", runA).param("b", runB)
			.query((rs, row) -> new long[] { rs.getInt(1), rs.getInt(2), rs.getLong(3) })
			.list();
	}

	long assignments(long runId) {
		return jdbc.sql("SELECT COUNT(*) FROM cluster_assignment WHERE run_id = :run").param("run", runId).query(Long.class).single();
	}

	private ClusterRun run(ResultSet rs, int row) throws SQLException {
		return new ClusterRun(rs.getLong("id"), Algorithm.valueOf(rs.getString("algorithm")),
				rs.getObject("cluster_count", Integer.class), rs.getObject("k_min", Integer.class),
				rs.getObject("k_max", Integer.class), features(rs.getString("features")),
				rs.getObject("population_segment_id", Long.class), rs.getObject("population_size", Long.class),
				rs.getInt("sample_size"), rs.getObject("sample_taken", Integer.class), rs.getLong("seed"),
				rs.getInt("max_iterations"), RunStatus.valueOf(rs.getString("status")), rs.getObject("job_id", Long.class),
				rs.getBigDecimal("wcss"), rs.getBigDecimal("silhouette"), rs.getString("k_choice_json"),
				rs.getString("transforms_json"), rs.getBoolean("trained_on_protected"),
				rs.getObject("training_millis", Long.class), rs.getString("created_by"),
				rs.getObject("created_at", LocalDateTime.class), rs.getObject("finished_at", LocalDateTime.class));
	}

	private static List<String> features(String joined) {
		return joined == null || joined.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(joined.split(",")));
	}

	private static BigDecimal decimal(Double value, int scale) {
		return value == null || value.isNaN() || value.isInfinite() ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}

}
