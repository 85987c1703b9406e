/**
 * Platform: users, roles and permissions, API tokens, the audit log, the database and the HTTP conventions
 * (problem details, console serving) every other module relies on.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package io.storeops.platform;

import org.springframework.modulith.ApplicationModule;
