/**
 * The customer pages: the searchable list and a customer's profile, above the customer tables,
 * the features and (later) the segments. What a page shows depends on the person's access
 * level: analysts never see personal details.
 */
@ApplicationModule(displayName = "Customer pages", allowedDependencies = { "customer", "features", "audit" })
package io.finseg.profile;

import org.springframework.modulith.ApplicationModule;
