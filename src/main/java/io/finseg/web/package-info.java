/**
 * The shared layout, the error pages and the advice that shows them. No room depends on this one,
 * and it uses no feature room (the home page is the {@code dashboard} room's).
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {})
package io.finseg.web;

import org.springframework.modulith.ApplicationModule;
