/**
 * Platform: users, roles and permissions, API tokens, the audit log, the database and the HTTP conventions
 * (problem details, console serving) every other module relies on.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@NullMarked
package io.storeops.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
