package io.finseg.attributes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.importer.DatabaseLookup;
import io.finseg.importer.ImportProblem;
import io.finseg.importer.ImportProblems;
import io.finseg.jobs.JobContext;
import io.finseg.jobs.JobOutcome;
import io.finseg.jobs.JobType;
import io.finseg.jobs.Jobs;
import io.finseg.segment.CustomAttributesChanged;

/**
 * Imports custom attribute values, all or nothing: the whole file is checked first (unknown
 * customers, unknown keys, values not of their attribute's type); a file with any problem writes
 * nothing and the problems are reported by line. A good file is written by a job, in one
 * transaction, so that a failure or a cancel leaves the values as they were.
 */
@Service
public class AttributeValuesImport {

	static final JobType JOB_TYPE = JobType.of("IMPORT_CUSTOM_ATTRIBUTES");

	private static final Logger log = LoggerFactory.getLogger(AttributeValuesImport.class);

	private final AttributeDefinitionRepository definitions;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate namedJdbc;

	private final TransactionTemplate transactions;

	private final Jobs jobs;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	AttributeValuesImport(AttributeDefinitionRepository definitions, JdbcClient jdbc, NamedParameterJdbcTemplate namedJdbc,
			TransactionTemplate transactions, Jobs jobs, AuditLog audit, ApplicationEventPublisher events) {
		this.definitions = definitions;
		this.jdbc = jdbc;
		this.namedJdbc = namedJdbc;
		this.transactions = transactions;
		this.jobs = jobs;
		this.audit = audit;
		this.events = events;
	}

	/** What came of an upload: the problems that stopped it, or the job that writes it. */
	public record Outcome(List<ImportProblem> problems, long problemsTotal, Long jobId) {

		public boolean accepted() {
			return jobId != null;
		}

	}

	/**
	 * Checks the file and, if it is good, starts the job that writes it. The file is this import's
	 * from now on: it is deleted once refused or written.
	 */
	public Outcome importFile(Path file, String fileName, String username) {
		Map<String, AttributeDefinition> declared = declared();
		ImportProblems problems = check(file, fileName, declared);
		if (!problems.isEmpty()) {
			delete(file);
			return new Outcome(problems.shown(), problems.total(), null);
		}
		long jobId = jobs.start(JOB_TYPE, username, context -> write(file, fileName, declared, context));
		return new Outcome(List.of(), 0, jobId);
	}

	private ImportProblems check(Path file, String fileName, Map<String, AttributeDefinition> declared) {
		ImportProblems problems = new ImportProblems();
		DatabaseLookup customers = new DatabaseLookup(jdbc, "customer", "customer_id", true, (id, line) -> problems
			.add(ImportProblem.at(fileName, line, AttributeValuesFile.CUSTOMER_ID, "attributes.import.unknownCustomer", id)));
		AttributeValuesFile.read(file, fileName, declared, problems, (line, customerId, attribute, value) -> customers
			.check(customerId, line));
		customers.flush();
		return problems;
	}

	private JobOutcome write(Path file, String fileName, Map<String, AttributeDefinition> declared, JobContext context) {
		try {
			context.message("attributes.import.job.writing");
			Long written = transactions.execute(status -> {
				AttributeValueWriter writer = new AttributeValueWriter(namedJdbc, true);
				ImportProblems unexpected = new ImportProblems();
				AttributeValuesFile.read(file, fileName, declared, unexpected, (line, customerId, attribute, value) -> {
					writer.add(customerId, attribute.key(), value);
					if (line % AttributeValueWriter.BATCH == 0) {
						context.throwIfCancelled();
						context.progress(line - 1, 0);
					}
				});
				if (!unexpected.isEmpty()) {
					throw new IllegalStateException("The file changed between its check and its writing");
				}
				writer.flush();
				return writer.written();
			});
			long values = written == null ? 0 : written;
			audit.record(AuditAction.ATTRIBUTE_VALUES_IMPORTED, "ATTRIBUTES", fileName, "values=" + values);
			events.publishEvent(new CustomAttributesChanged("import of " + values + " values"));
			return JobOutcome.succeeded("attributes.import.job.done", values).withResultLink("/attributes");
		}
		finally {
			delete(file);
		}
	}

	private Map<String, AttributeDefinition> declared() {
		Map<String, AttributeDefinition> byKey = new LinkedHashMap<>();
		definitions.all().forEach(definition -> byKey.put(definition.key(), definition));
		return byKey;
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete the uploaded attribute file {}", file.getFileName());
		}
	}

}
