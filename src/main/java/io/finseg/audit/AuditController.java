package io.finseg.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/audit")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog auditLog;

	private final AuditCsvWriter csvWriter;

	AuditController(AuditLog auditLog, AuditCsvWriter csvWriter) {
		this.auditLog = auditLog;
		this.csvWriter = csvWriter;
	}

	@ModelAttribute("actions")
	AuditAction[] actions() {
		return AuditAction.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilterForm filter, Model model) {
		AuditQuery query = filter.toQuery();
		List<AuditEntry> entries = auditLog.page(query, PAGE_SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("total", auditLog.count(query));
		if (!entries.isEmpty()) {
			long newest = entries.get(0).id();
			long oldest = entries.get(entries.size() - 1).id();
			model.addAttribute("newerThan", auditLog.hasEntriesBeyond(query, newest, true) ? newest : null);
			model.addAttribute("olderThan", auditLog.hasEntriesBeyond(query, oldest, false) ? oldest : null);
		}
		return "audit/list";
	}

	@GetMapping("/export")
	void export(@ModelAttribute("filter") AuditFilterForm filter, HttpServletResponse response) throws IOException {
		AuditQuery query = filter.toQuery();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"finseg-audit-" + LocalDate.now() + ".csv\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		csvWriter.write(query, writer);
		// Recorded once the file is complete: an interrupted download leaves no claim that it finished.
		auditLog.record(AuditAction.AUDIT_LOG_EXPORTED, null, null, describe(query));
	}

	private static String describe(AuditQuery query) {
		return "user=%s action=%s from=%s to=%s".formatted(query.hasActor() ? query.actor() : "any",
				query.action() == null ? "any" : query.action().name(), query.from() == null ? "any" : query.from(),
				query.to() == null ? "any" : query.to());
	}

}
