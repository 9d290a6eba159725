/**
 * The shared layout, the home page and the error pages. No room depends on this one.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = { "customer", "features", "datagen" })
package io.finseg.web;

import org.springframework.modulith.ApplicationModule;
