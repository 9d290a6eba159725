/**
 * The append-only audit log: every room records what people did through {@link io.finseg.audit.AuditLog};
 * administrators read it. Uses no feature room.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {})
package io.finseg.audit;

import org.springframework.modulith.ApplicationModule;
