package io.finseg.segment.builder;

import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.segment.SegmentRepository;
import io.finseg.segment.SegmentService;

/**
 * Saves what the builder holds once it is complete: a name that is free, every row filled in,
 * a rule that compiles. Otherwise nothing is written and the problems go back to the page.
 */
@Service
class SegmentSaving {

	static final int MAX_NAME = 100;

	static final int MAX_DESCRIPTION = 1000;

	private final SegmentService segments;

	private final SegmentRepository repository;

	private final SegmentPreview previews;

	private final AuditLog audit;

	SegmentSaving(SegmentService segments, SegmentRepository repository, SegmentPreview previews, AuditLog audit) {
		this.segments = segments;
		this.repository = repository;
		this.previews = previews;
		this.audit = audit;
	}

	Outcome create(BuilderForm form, Authentication by, Locale locale) {
		Outcome checked = check(form, null, by, locale);
		if (checked.saved()) {
			try {
				long id = segments.create(form.getName(), form.getDescription(), form.getPurpose(), by.getName(),
						form.pruned().rule());
				audit.record(AuditAction.SEGMENT_CREATED, "segment", id, details(form, checked));
				return new Outcome(id, checked.preview(), null);
			}
			catch (DuplicateKeyException e) {
				return new Outcome(null, checked.preview(), "segment.builder.nameTaken");
			}
		}
		return checked;
	}

	/** @throws org.springframework.dao.OptimisticLockingFailureException when someone saved in between */
	Outcome update(long id, BuilderForm form, Authentication by, Locale locale) {
		Outcome checked = check(form, id, by, locale);
		if (checked.saved()) {
			try {
				segments.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.getName(),
						form.getDescription(), form.getPurpose(), form.pruned().rule(), by.getName());
			}
			catch (DuplicateKeyException e) {
				return new Outcome(null, checked.preview(), "segment.builder.nameTaken");
			}
			audit.record(AuditAction.SEGMENT_UPDATED, "segment", id, details(form, checked));
			return new Outcome(id, checked.preview(), null);
		}
		return checked;
	}

	private Outcome check(BuilderForm form, Long id, Authentication by, Locale locale) {
		SegmentPreview.Preview preview = previews.of(form, id, by, locale, true);
		String nameProblem = nameProblem(form, id);
		if (nameProblem == null && form.getDescription().length() > MAX_DESCRIPTION) {
			nameProblem = "segment.builder.descriptionTooLong";
		}
		boolean saveable = nameProblem == null && !preview.hasProblems() && preview.counted();
		if (!saveable && nameProblem == null && !preview.hasProblems()) {
			nameProblem = "segment.builder.ruleEmpty";
		}
		return new Outcome(saveable ? -1L : null, preview, nameProblem);
	}

	private String nameProblem(BuilderForm form, Long id) {
		if (form.getName().isEmpty()) {
			return "segment.builder.nameMissing";
		}
		if (form.getName().length() > MAX_NAME) {
			return "segment.builder.nameTooLong";
		}
		return repository.nameTaken(form.getName(), id) ? "segment.builder.nameTaken" : null;
	}

	private static String details(BuilderForm form, Outcome checked) {
		return "name=" + form.getName() + ", purpose=" + form.getPurpose() + ", customers="
				+ checked.preview().count().customers();
	}

	/**
	 * @param id the saved segment's id (-1 after a successful check), or null when nothing was saved
	 * @param nameProblem a message key about the name or the form as a whole, or null
	 */
	record Outcome(Long id, SegmentPreview.Preview preview, String nameProblem) {

		boolean saved() {
			return id != null;
		}

	}

}
