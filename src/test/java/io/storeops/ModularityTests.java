package io.storeops;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    /** Test code may cross module lines (fixtures); only production code is held to the boundaries. */
    static final ImportOption MAIN_CODE_ONLY = location -> !location.contains("/test-classes/");

    static final ApplicationModules MODULES = ApplicationModules.of(StoreOpsApplication.class, MAIN_CODE_ONLY);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The diagram command ({@link ModuleDiagrams}) draws every module with its allowed dependencies; written under
     * {@code target/}, so {@code verify} never rewrites {@code docs/}.
     */
    @Test
    void moduleDiagramsShowEveryModuleAndItsDependencies() throws IOException {
        Path folder = ModuleDiagrams.write(
                MODULES, Path.of(System.getProperty("storeops.test.build-dir", "target"), "module-diagrams"));

        for (ApplicationModule module : MODULES) {
            String name = module.getIdentifier().toString();
            assertThat(Files.readString(folder.resolve("module-" + name + ".puml")))
                    .as(name)
                    .contains("\"" + module.getDisplayName() + "\"");
            assertThat(folder.resolve("module-" + name + ".adoc")).as(name).exists();
        }
        // the overview draws the modules that use others (the marketplace, reached only over HTTP, stands alone)
        String all = Files.readString(folder.resolve("components.puml"));
        assertThat(all).contains("\"Orders\"", "\"Channels\"", "\"Inventory\"", "\"Promotions\"", "\"Demo store\"");
        String orders = Files.readString(folder.resolve("module-orders.puml"));
        assertThat(orders).contains("Channels", "Inventory").doesNotContain("Promotions");
    }
}
