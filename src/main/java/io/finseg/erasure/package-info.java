/**
 * The right to erasure as a page for administrators: what erasing a customer would remove, a
 * typed confirmation, and the erasure itself, done by {@link io.finseg.customer.CustomerErasure}
 * and the listeners of every room that keeps rows about customers (docs/erasure.md).
 */
@ApplicationModule(displayName = "Erasure", allowedDependencies = { "customer", "features", "campaign", "attributes" })
package io.finseg.erasure;

import org.springframework.modulith.ApplicationModule;
