package io.finseg.attributes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.finseg.audit.AuditAction;
import io.finseg.audit.AuditLog;
import io.finseg.segment.Attribute;
import io.finseg.segment.AttributeUsage;
import io.finseg.segment.CustomAttributes;
import io.finseg.segment.CustomAttributesChanged;

/**
 * Declaring, changing and deleting custom attributes, and the catalogue segments read
 * ({@link CustomAttributes}). A type never changes while values are stored (they would no longer
 * fit their column), and an attribute a segment uses is not deleted.
 */
@Service
public class AttributeDefinitions implements CustomAttributes {

	static final int MAX_LIST_VALUE = 100;

	private final AttributeDefinitionRepository repository;

	private final AttributeUsage usage;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AttributeDefinitions(AttributeDefinitionRepository repository, AttributeUsage usage, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.usage = usage;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attribute> declared() {
		return repository.all().stream().map(AttributeDefinition::asRuleAttribute).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Attribute> declared(String key) {
		return repository.find(key).map(AttributeDefinition::asRuleAttribute);
	}

	@Transactional(readOnly = true)
	public List<AttributeDefinition> all() {
		return repository.all();
	}

	@Transactional(readOnly = true)
	public AttributeDefinition get(String key) {
		return repository.find(key).orElseThrow(() -> new AttributeNotFoundException(key));
	}

	/** @throws FormProblem naming the field that is wrong */
	@Transactional
	public void declare(AttributeForm form, String username) {
		if (repository.exists(form.key())) {
			throw new FormProblem("key", "attributes.key.taken");
		}
		checkListValues(form);
		repository.insert(form, username, LocalDateTime.now(clock));
		audit.record(AuditAction.ATTRIBUTE_DECLARED, "ATTRIBUTE", form.key(), "type=" + form.kind().name());
	}

	/**
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone else saved it first
	 * @throws FormProblem naming the field that is wrong
	 */
	@Transactional
	public void update(String key, AttributeForm form) {
		AttributeDefinition current = get(key);
		if (current.kind() != form.kind() && repository.valuesOf(key) > 0) {
			throw new FormProblem("kind", "attributes.kind.hasValues");
		}
		checkListValues(form);
		repository.update(key, form);
		audit.record(AuditAction.ATTRIBUTE_CHANGED, "ATTRIBUTE", key, "version=" + (form.version() + 1));
		events.publishEvent(new CustomAttributesChanged("attribute " + key + " changed"));
	}

	/** Deletes the attribute and its values; @throws AttributeInUseException naming the segments that use it */
	@Transactional
	public void delete(String key) {
		AttributeDefinition definition = get(key);
		List<String> segments = usage.segmentsUsing(definition.ruleColumn());
		if (!segments.isEmpty()) {
			throw new AttributeInUseException(key, segments);
		}
		long values = repository.valuesOf(key);
		repository.delete(key);
		audit.record(AuditAction.ATTRIBUTE_DELETED, "ATTRIBUTE", key, "values=" + values);
		events.publishEvent(new CustomAttributesChanged("attribute " + key + " deleted"));
	}

	private static void checkListValues(AttributeForm form) {
		if (form.kind() != AttributeKind.LIST) {
			return;
		}
		if (form.values().isEmpty()) {
			throw new FormProblem("listValues", "attributes.listValues.required");
		}
		if (form.values().stream().anyMatch(value -> value.length() > MAX_LIST_VALUE)) {
			throw new FormProblem("listValues", "attributes.listValues.tooLong", MAX_LIST_VALUE);
		}
	}

}
