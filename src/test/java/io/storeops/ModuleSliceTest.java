package io.storeops;

import io.storeops.inventory.StockedSkus;
import io.storeops.platform.database.TestDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Boots the module of the test's package and the modules it directly depends on (Spring Modulith), without a web
 * server, the demo store or anything that calls out (profile {@code module-slice}), on the module slices' database of
 * the test run's one PostgreSQL server ({@link TestDatabase}). Test classes of one module share a context; tests create
 * their own data with unique codes and wait on events and state with {@link org.springframework.modulith.test.Scenario}.
 * Tests may inject {@link StockedSkus} for SKUs with stock (built on first use, so only slices that bootstrap catalog
 * and inventory can). The module boundaries themselves are verified by {@code ModularityTests}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles({"test", "module-slice"})
@ContextConfiguration(initializers = TestDatabase.ModuleSlices.class)
@Import(StockedSkus.class)
public @interface ModuleSliceTest {}
