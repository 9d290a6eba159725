/**
 * A flat extract as it comes (issue 21, part 3): one CSV file of one row per customer with the
 * bank's own column names, mapped column by column to customer columns or custom attributes
 * (with value maps for codes), previewed as it will be stored, saved by name for next month's
 * file, and imported through the importer's check, problem report and job (docs/import.md).
 */
@ApplicationModule(displayName = "Extract mapping", allowedDependencies = { "importer", "attributes", "audit" })
package io.finseg.extract;

import org.springframework.modulith.ApplicationModule;
