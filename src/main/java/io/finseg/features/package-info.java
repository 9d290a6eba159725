/**
 * One row per customer as of a date: what segments and clustering read. Rebuilt into the
 * inactive one of two twin tables, then switched to in one short transaction (DESIGN.md §3).
 */
@ApplicationModule(displayName = "Features", allowedDependencies = { "customer", "consent", "jobs" })
package io.finseg.features;

import org.springframework.modulith.ApplicationModule;
