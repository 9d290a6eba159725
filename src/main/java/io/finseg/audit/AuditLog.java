package io.finseg.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way to write the audit log. Who and from where are taken from the current request
 * unless given; what is recorded must name targets by id and carry no personal data.
 */
@Service
public class AuditLog {

	static final String SYSTEM = "system";

	private static final int MAX_ACTOR = 50;

	private static final int MAX_DETAILS = 1000;

	private final AuditRepository repository;

	private final Clock clock;

	AuditLog(AuditRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Records an action of the signed-in user of the current request. */
	@Transactional
	public void record(AuditAction action, String targetType, Object targetId, String details) {
		recordAs(currentActor(), currentClientAddress(), action, targetType, targetId, details);
	}

	/** Records an action for an actor known only to the caller, e.g. a failed sign-in. */
	@Transactional
	public void recordAs(String actor, String clientAddress, AuditAction action, String targetType, Object targetId,
			String details) {
		repository.insert(new AuditEntry(0, LocalDateTime.now(clock), truncate(actor, MAX_ACTOR), action, targetType,
				targetId == null ? null : targetId.toString(), truncate(details, MAX_DETAILS), clientAddress));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> page(AuditQuery query, int size) {
		return repository.page(query, size);
	}

	@Transactional(readOnly = true)
	public long count(AuditQuery query) {
		return repository.count(query);
	}

	@Transactional(readOnly = true)
	public boolean hasEntriesBeyond(AuditQuery query, long id, boolean newer) {
		return repository.exists(query, id, newer);
	}

	@Transactional(readOnly = true)
	public void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
		repository.forEach(query, consumer);
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	private static String currentClientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
