/**
 * Campaigns: a segment frozen into an audience for one channel, with a holdout, and exports
 * that check consent again, contain only the channel's allowed fields, neutralise spreadsheet
 * formulas and leave an audit record with the file's SHA-256 (DESIGN.md §5).
 */
@ApplicationModule(displayName = "Campaigns", allowedDependencies = { "segment", "consent", "audit", "features", "customer" })
package io.finseg.campaign;

import org.springframework.modulith.ApplicationModule;
