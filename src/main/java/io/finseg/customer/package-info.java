/**
 * The ground floor: the nine customer tables of the original design and what reads them
 * directly. No room below it; pages that need features or segments live above, in
 * {@code profile}.
 */
@ApplicationModule(displayName = "Customers", allowedDependencies = {})
package io.finseg.customer;

import org.springframework.modulith.ApplicationModule;
