package io.finseg.jobs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's view of all jobs: the list, one job, its polled progress, and cancel. */
@Controller
@RequestMapping("/admin/jobs")
class JobsController {

	static final int LIST_SIZE = 100;

	private final Jobs jobs;

	private final ObjectProvider<BackgroundStatus> statuses;

	JobsController(Jobs jobs, ObjectProvider<BackgroundStatus> statuses) {
		this.jobs = jobs;
		this.statuses = statuses;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", jobs.recent(LIST_SIZE));
		model.addAttribute("notes", statuses.orderedStream().map(BackgroundStatus::note).toList());
		return "jobs/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("job", jobs.get(id));
		return "jobs/detail";
	}

	/** The fragment the detail page polls; once the job has ended it no longer asks to be polled. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("job", jobs.get(id));
		return "jobs/progress :: adminProgress";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		jobs.get(id); // an unknown job is a 404, not a flash message
		boolean requested = jobs.requestCancel(id);
		redirect.addFlashAttribute(requested ? "flashSuccess" : "flashError",
				requested ? "flash.jobCancelRequested" : "flash.jobAlreadyEnded");
		return "redirect:/admin/jobs/{id}";
	}

}
