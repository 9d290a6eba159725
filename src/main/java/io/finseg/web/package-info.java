/**
 * The shared layout, the error pages and the advice that shows them, and how pages write dates
 * ({@link io.finseg.web.Dates}, used by templates only). No room depends on this one,
 * and it uses no feature room (the home page is the {@code dashboard} room's).
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {})
package io.finseg.web;

import org.springframework.modulith.ApplicationModule;
