/**
 * Loads a bank's own customer extract from CSV files: validated completely first, then written
 * in chunks tagged with the import's id, and removed again if writing fails.
 */
@ApplicationModule(displayName = "Import", allowedDependencies = { "customer", "audit", "jobs" })
package io.finseg.importer;

import org.springframework.modulith.ApplicationModule;
