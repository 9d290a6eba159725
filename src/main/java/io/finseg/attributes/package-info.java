/**
 * Custom attributes (issue 21): what an admin declares about customers beyond the fixed features
 * (key, label, type, unit, group, list values, protected), their values imported from
 * {@code customer_attributes.csv} in long or wide form, all or nothing, and kept in one long
 * table, so that a new attribute needs no schema change. Segments use them through
 * {@link io.finseg.segment.CustomAttributes}, which this room implements; erasure removes a
 * customer's values (docs/segments.md, "Custom attributes").
 */
@ApplicationModule(displayName = "Custom attributes",
		allowedDependencies = { "segment", "customer", "importer", "jobs", "audit" })
package io.finseg.attributes;

import org.springframework.modulith.ApplicationModule;
