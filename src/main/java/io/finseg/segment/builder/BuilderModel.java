package io.finseg.segment.builder;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeCatalogue;
import io.finseg.segment.AttributeGroup;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleSentence;
import io.finseg.segment.Segment;
import io.finseg.segment.SegmentRepository;

/** What the builder page needs besides the form: the catalogue, the choices and the hints. */
@Component
class BuilderModel {

	private final AttributeCatalogue catalogue;

	private final SegmentRepository repository;

	private final ValueHints hints;

	private final RuleSentence sentences;

	private final MessageSource messages;

	BuilderModel(AttributeCatalogue catalogue, SegmentRepository repository, ValueHints hints, RuleSentence sentences,
			MessageSource messages) {
		this.catalogue = catalogue;
		this.repository = repository;
		this.hints = hints;
		this.sentences = sentences;
		this.messages = messages;
	}

	BuilderForm read(MultiValueMap<String, String> fields) {
		return BuilderForm.read(fields, catalogue);
	}

	void fill(Model model, BuilderForm form, Long segmentId, SegmentPreview.Preview preview) {
		model.addAttribute("form", form);
		model.addAttribute("segmentId", segmentId);
		model.addAttribute("preview", preview);
		model.addAttribute("formAction", segmentId == null ? "/segments/new" : "/segments/" + segmentId + "/edit");
		model.addAttribute("catalogueGroups", groups());
		Map<String, Attribute> byColumn = new LinkedHashMap<>();
		catalogue.ruleAttributes().forEach(attribute -> byColumn.put(attribute.column(), attribute));
		model.addAttribute("attributes", byColumn);
		model.addAttribute("ranges", hints.ranges());
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("segmentChoices", repository.choices().stream()
			.filter(choice -> segmentId == null || choice.id() != segmentId)
			.toList());
		if (!model.containsAttribute("nameProblem")) {
			model.addAttribute("nameProblem", null);
		}
	}

	/**
	 * The catalogue by group title, in the catalogue's order: the built-in groups, then the groups
	 * an admin named for custom attributes (those without one under "Custom attributes").
	 */
	private Map<String, List<Attribute>> groups() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, List<Attribute>> groups = new LinkedHashMap<>();
		for (Attribute attribute : catalogue.ruleAttributes()) {
			String title = attribute.groupLabel() != null ? attribute.groupLabel()
					: messages.getMessage("AttributeGroup." + attribute.group().name(), null, locale);
			groups.computeIfAbsent(title, any -> new ArrayList<>()).add(attribute);
		}
		return groups;
	}

	Conflict conflict(Segment theirs, Locale locale) {
		return new Conflict(theirs.updatedBy() == null ? theirs.owner() : theirs.updatedBy(), theirs.updatedAt(),
				theirs.name(), theirs.purpose(), sentences.of(theirs.rule(), repository::nameOf, locale));
	}

	String copyName(String name, Locale locale) {
		String copy = messages.getMessage("segment.builder.copyName", new Object[] { name }, locale);
		return copy.length() > SegmentSaving.MAX_NAME ? copy.substring(0, SegmentSaving.MAX_NAME) : copy;
	}

	/** The change someone else saved while this person was editing. */
	public record Conflict(String by, LocalDateTime at, String name, Purpose purpose, String sentence) {
	}

}
