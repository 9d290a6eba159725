/**
 * Long work (DESIGN.md §7): a job table, a runner on Spring's task executor, cancel, progress
 * pages polled by htmx, and the clean-up of jobs a restart interrupted.
 * <p>
 * Other rooms start their work through {@link io.finseg.jobs.Jobs#start} with a
 * {@link io.finseg.jobs.JobWork}, and show its progress on their own pages with the fragment
 * {@code ~{jobs/progress :: progress(${job}, pollUrl, cancelUrl)}}. This room uses no feature
 * room.
 */
@ApplicationModule(displayName = "Jobs", allowedDependencies = {})
package io.finseg.jobs;

import org.springframework.modulith.ApplicationModule;
