/**
 * Segments: named rule trees over the customer features, compiled into one parameterised SQL
 * query (DESIGN.md §4). The attribute catalogue is the only list of what a rule may use.
 */
@ApplicationModule(displayName = "Segments", allowedDependencies = { "features", "consent", "audit" })
package io.finseg.segment;

import org.springframework.modulith.ApplicationModule;
