/**
 * The ground floor: the nine customer tables of the original design and what reads them
 * directly, including their erasure on request ({@link io.finseg.customer.CustomerErasure}), and
 * who may see customers' personal details ({@link io.finseg.customer.PersonalDetails}).
 * Below it only the audit log; pages that need features or segments live above, in
 * {@code profile}.
 */
@ApplicationModule(displayName = "Customers", allowedDependencies = { "audit" })
package io.finseg.customer;

import org.springframework.modulith.ApplicationModule;
