/**
 * Who may sign in and what they may see: users, access levels, the security configuration and
 * the first administrator.
 */
@ApplicationModule(displayName = "Access", allowedDependencies = { "audit" })
package io.finseg.admin;

import org.springframework.modulith.ApplicationModule;
