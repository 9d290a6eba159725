package io.finseg.datagen;

import java.util.Optional;

import org.springframework.stereotype.Service;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.jobs.Job;
import io.finseg.jobs.JobOutcome;
import io.finseg.jobs.JobType;
import io.finseg.jobs.Jobs;

/** Runs a generation as a job, with progress in customers, cancel between chunks, and an audit entry. */
@Service
public class DataGenerationJobs {

	public static final JobType JOB_TYPE = JobType.of("GENERATE_CUSTOMER_DATA", "customers");

	private final DataGenerator generator;

	private final Jobs jobs;

	private final AuditLog auditLog;

	DataGenerationJobs(DataGenerator generator, Jobs jobs, AuditLog auditLog) {
		this.generator = generator;
		this.jobs = jobs;
		this.auditLog = auditLog;
	}

	public long start(GenerationRequest request, String startedBy) {
		auditLog.recordAs(startedBy, null, AuditAction.DATA_GENERATION_STARTED, null, null,
				"customers=%d seed=%d anchor=%s".formatted(request.customers(), request.seed(), request.anchorDate()));
		return jobs.start(JOB_TYPE, startedBy, context -> {
			context.message("datagen.job.generating", request.customers(), request.anchorDate());
			GenerationResult result;
			try {
				result = generator.generate(request, new GenerationProgress() {
					@Override
					public void advanced(long customersDone, long customersTotal, long rowsWritten) {
						context.progress(customersDone, customersTotal);
						context.message("datagen.job.written", customersDone, rowsWritten);
					}

					@Override
					public boolean cancelled() {
						return context.isCancelRequested();
					}
				});
			}
			catch (GenerationRefusedException refused) {
				return JobOutcome.cancelled("datagen.job.refused");
			}
			if (result.cancelled()) {
				return JobOutcome.cancelled("datagen.job.cancelled", result.customers(), result.totalRows())
					.withResultLink("/");
			}
			return JobOutcome.succeeded("datagen.job.done", result.customers(), result.totalRows()).withResultLink("/");
		});
	}

	/** The generation running now, if any. */
	public Optional<Job> running() {
		return jobs.runningOfType(JOB_TYPE.name());
	}

	public Optional<Job> latest() {
		return jobs.latestOfType(JOB_TYPE.name());
	}

}
