/**
 * The consent rule, stated once: whether a customer may be contacted on a channel, as an SQL
 * condition other rooms embed in their queries (never a call per customer), and the consent
 * status shown for a customer. docs/consent.md says the rule in plain words.
 */
@ApplicationModule(displayName = "Consent", allowedDependencies = {})
package io.finseg.consent;

import org.springframework.modulith.ApplicationModule;
