package io.finseg.segment.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.finseg.segment.Segment;
import io.finseg.segment.SegmentService;

/** Pick two to eight segments and see how many customers each pair shares. */
@Controller
class SegmentOverlapController {

	private final SegmentService service;

	private final SegmentOverlap overlap;

	private final MessageSource messages;

	SegmentOverlapController(SegmentService service, SegmentOverlap overlap, MessageSource messages) {
		this.service = service;
		this.overlap = overlap;
		this.messages = messages;
	}

	@GetMapping("/segments/overlap")
	String overlap(@RequestParam(required = false) List<Long> ids, Locale locale, Model model) {
		Set<Long> chosen = ids == null ? Set.of() : new LinkedHashSet<>(ids);
		List<Segment> all = service.all();
		model.addAttribute("segments", all);
		model.addAttribute("chosen", chosen);
		model.addAttribute("max", SegmentOverlap.MAX_SEGMENTS);
		if (ids == null) {
			return "segment/overlap";
		}
		if (chosen.size() > SegmentOverlap.MAX_SEGMENTS) {
			model.addAttribute("choiceProblem", messages.getMessage("segment.overlap.tooMany",
					new Object[] { SegmentOverlap.MAX_SEGMENTS, chosen.size() }, locale));
			return "segment/overlap";
		}
		Map<Long, Segment> byId = all.stream().collect(Collectors.toMap(Segment::id, segment -> segment));
		List<Segment> picked = chosen.stream().map(byId::get).filter(Objects::nonNull).toList();
		if (picked.size() < 2) {
			model.addAttribute("choiceProblem", messages.getMessage("segment.overlap.tooFew", null, locale));
			return "segment/overlap";
		}
		SegmentOverlap.Overlap result = overlap.of(picked);
		model.addAttribute("matrix", rows(result));
		model.addAttribute("problems", result.problems().entrySet().stream()
			.map(problem -> messages.getMessage("segment.overlap.problem", new Object[] { problem.getKey().name(),
					messages.getMessage(problem.getValue().messageKey(), problem.getValue().args().toArray(), locale) }, locale))
			.toList());
		return "segment/overlap";
	}

	private static List<MatrixRow> rows(SegmentOverlap.Overlap result) {
		List<MatrixRow> rows = new ArrayList<>();
		long[][] counts = result.counts();
		for (int i = 0; i < counts.length; i++) {
			List<Cell> cells = new ArrayList<>();
			long size = counts[i][i];
			for (int j = 0; j < counts.length; j++) {
				double share = size == 0 ? 0 : 100.0 * counts[i][j] / size;
				cells.add(new Cell(result.segments().get(j), counts[i][j], size == 0 ? "—" : String.format(Locale.UK, "%.1f%%", share),
						(int) Math.ceil(share / 20), i == j));
			}
			rows.add(new MatrixRow(result.segments().get(i), cells));
		}
		return rows;
	}

	/** A segment and its overlap with each compared segment, in the order of the columns. */
	public record MatrixRow(Segment segment, List<Cell> cells) {
	}

	/**
	 * Members of both the row's and the column's segment, their share of the row's segment and
	 * a shade from 0 (none) to 5 (all) for the cell's background.
	 */
	public record Cell(Segment column, long customers, String share, int shade, boolean diagonal) {
	}

}
