package io.storeops;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.ApplicationModulesFactory;

/**
 * The modules as module slices ({@link ModuleSliceTest}) see them: the main code only, exactly as {@link
 * ModularityTests} analyses it, so the code base is analysed once per test run (Spring Modulith caches the result per
 * import option). Registered in {@code META-INF/spring.factories}.
 */
public class MainCodeModules implements ApplicationModulesFactory {

    @Override
    public ApplicationModules of(Class<?> applicationClass) {
        return ApplicationModules.of(applicationClass, ModularityTests.MAIN_CODE_ONLY);
    }
}
