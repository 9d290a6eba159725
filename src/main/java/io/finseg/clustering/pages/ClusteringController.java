package io.finseg.clustering.pages;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.finseg.clustering.Algorithm;
import io.finseg.clustering.ClusterRun;
import io.finseg.clustering.ClusterRunNotFoundException;
import io.finseg.clustering.ClusteringException;
import io.finseg.clustering.ClusteringFeatures;
import io.finseg.clustering.ClusteringService;
import io.finseg.clustering.WekaSettings;
import io.finseg.jobs.Jobs;
import io.finseg.segment.SegmentService;

/** The clustering pages: runs, a new run, one run with its clusters, and two runs compared. */
@Controller
@RequestMapping("/clustering")
class ClusteringController {

	static final int LIST_SIZE = 100;

	private final ClusteringService clustering;

	private final RunPages pages;

	private final ClusterSegments clusterSegments;

	private final ClusteringFeatures features;

	private final SegmentService segments;

	private final WekaSettings settings;

	private final Jobs jobs;

	ClusteringController(ClusteringService clustering, RunPages pages, ClusterSegments clusterSegments,
			ClusteringFeatures features, SegmentService segments, WekaSettings settings, Jobs jobs) {
		this.clustering = clustering;
		this.pages = pages;
		this.clusterSegments = clusterSegments;
		this.features = features;
		this.segments = segments;
		this.settings = settings;
		this.jobs = jobs;
	}

	@GetMapping
	String list(Model model) {
		List<ClusterRun> runs = clustering.recent(LIST_SIZE);
		model.addAttribute("runs", runs);
		List<ClusterRun> completed = runs.stream().filter(ClusterRun::completed).toList();
		model.addAttribute("completed", completed);
		model.addAttribute("compareA", completed.size() >= 2 ? completed.get(1).id() : null);
		model.addAttribute("compareB", completed.isEmpty() ? null : completed.get(0).id());
		Map<Long, String> populations = new HashMap<>();
		runs.forEach(run -> populations.put(run.id(), pages.population(run.populationSegmentId())));
		model.addAttribute("populations", populations);
		return "clustering/list";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", NewRunForm.defaults(ThreadLocalRandom.current().nextLong(1, 1_000_000),
				settings.sampleSize(), settings.maxIterations()));
		return form(model);
	}

	@PostMapping("/runs")
	String create(@ModelAttribute("form") NewRunForm form, BindingResult binding, Principal principal, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("problem", "clustering.problem.numbers");
			if (binding.getTarget() == null) {
				model.addAttribute("form", NewRunForm.defaults(0, settings.sampleSize(), settings.maxIterations()));
			}
			return form(model);
		}
		try {
			long runId = clustering.start(form.toParameters(), principal.getName());
			redirect.addFlashAttribute("flashSuccess", "clustering.started");
			return "redirect:/clustering/" + runId;
		}
		catch (ClusteringException problem) {
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("problemArgs", problem.args());
			return form(model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		RunPage page = pages.of(id);
		model.addAttribute("page", page);
		if (page.run().jobId() != null) {
			jobs.find(page.run().jobId()).ifPresent(job -> model.addAttribute("job", job));
		}
		return "clustering/run";
	}

	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		ClusterRun run = clustering.get(id);
		if (run.jobId() == null) {
			throw new ClusterRunNotFoundException(id);
		}
		model.addAttribute("job", jobs.get(run.jobId()));
		model.addAttribute("pollUrl", "/clustering/" + id + "/progress");
		model.addAttribute("cancelUrl", "/clustering/" + id + "/cancel");
		return "jobs/progress :: progressOf";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		boolean requested = clustering.cancel(id);
		redirect.addFlashAttribute(requested ? "flashSuccess" : "flashError",
				requested ? "flash.jobCancelRequested" : "flash.jobAlreadyEnded");
		return "redirect:/clustering/" + id;
	}

	@PostMapping("/{id}/clusters/{cluster}/label")
	String changeLabel(@PathVariable long id, @PathVariable int cluster, @ModelAttribute LabelForm form,
			RedirectAttributes redirect) {
		String label = form.label() == null ? "" : form.label().strip();
		if (label.isEmpty() || label.length() > 200) {
			redirect.addFlashAttribute("flashError", "clustering.problem.labelBlank");
		}
		else {
			clustering.changeLabel(id, cluster, label);
			redirect.addFlashAttribute("flashSuccess", "clustering.cluster.labelSaved");
			redirect.addFlashAttribute("flashArgs", new Object[] { cluster + 1 });
		}
		return "redirect:/clustering/" + id + "#cluster-" + (cluster + 1);
	}

	@PostMapping("/{id}/clusters/{cluster}/segment")
	String saveAsSegment(@PathVariable long id, @PathVariable int cluster, @ModelAttribute SaveSegmentForm form,
			Principal principal, RedirectAttributes redirect) {
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			redirect.addFlashAttribute("flashError", "clustering.problem.nameBlank");
			return "redirect:/clustering/" + id + "#cluster-" + (cluster + 1);
		}
		try {
			long segmentId = clusterSegments.save(id, cluster, name, principal.getName());
			redirect.addFlashAttribute("flashSuccess", "clustering.cluster.segmentSaved");
			redirect.addFlashAttribute("flashArgs", new Object[] { name, clusterSegments.size(id, cluster) });
			return "redirect:/segments/" + segmentId;
		}
		catch (DuplicateKeyException taken) {
			redirect.addFlashAttribute("flashError", "clustering.problem.nameTaken");
			return "redirect:/clustering/" + id + "#cluster-" + (cluster + 1);
		}
	}

	@GetMapping("/compare")
	String compare(@RequestParam(required = false) Long a, @RequestParam(required = false) Long b, Model model) {
		List<ClusterRun> completed = clustering.recent(LIST_SIZE).stream().filter(ClusterRun::completed).toList();
		model.addAttribute("completed", completed);
		model.addAttribute("a", a);
		model.addAttribute("b", b);
		if (a != null && b != null) {
			ClusterRun runA = clustering.get(a);
			ClusterRun runB = clustering.get(b);
			if (!runA.completed() || !runB.completed()) {
				model.addAttribute("problem", "clustering.compare.notCompleted");
			}
			else {
				model.addAttribute("table", CompareTable.of(runA, clustering.clusters(a), runB, clustering.clusters(b),
						clustering.crossCounts(a, b)));
			}
		}
		return "clustering/compare";
	}

	private String form(Model model) {
		model.addAttribute("attributes", features.selectable());
		model.addAttribute("segments", segments.allByName());
		model.addAttribute("algorithms", Algorithm.values());
		return "clustering/form";
	}

}
