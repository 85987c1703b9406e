package io.storeops;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** Test code may cross module lines (fixtures); only production code is held to the boundaries. */
    static final ImportOption MAIN_CODE_ONLY = location -> !location.contains("/test-classes/");

    static final ApplicationModules MODULES = ApplicationModules.of(StoreOpsApplication.class, MAIN_CODE_ONLY);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
