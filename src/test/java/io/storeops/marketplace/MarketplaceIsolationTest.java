package io.storeops.marketplace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The simulated marketplace is reached only over HTTP: no production class elsewhere may use it. */
class MarketplaceIsolationTest {

    @Test
    void noOtherModuleDependsOnTheMarketplace() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.storeops");

        noClasses()
                .that()
                .resideOutsideOfPackage("io.storeops.marketplace..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.storeops.marketplace..")
                .check(classes);
    }
}
