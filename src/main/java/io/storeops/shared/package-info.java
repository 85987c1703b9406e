/** The shared kernel: money, typed failures and other value types every module may use. */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
@NullMarked
package io.storeops.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
